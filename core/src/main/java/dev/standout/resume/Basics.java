package dev.standout.resume;

import java.util.List;

/**
 * Contact basics (JSON Resume {@code basics}). Absent values are empty strings, never null.
 *
 * @param name     the person's name as written at the top of the resume
 * @param label    a headline or current title, when the resume states one near the name
 * @param email    the first e-mail address
 * @param phone    the first phone number, as written
 * @param url      a personal web site, when there is one
 * @param profiles links to GitHub, LinkedIn and other profiles
 */
public record Basics(String name, String label, String email, String phone, String url, List<Profile> profiles) {
    public static final Basics EMPTY = new Basics("", "", "", "", "", List.of());

    public Basics {
        name = name == null ? "" : name;
        label = label == null ? "" : label;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        url = url == null ? "" : url;
        profiles = List.copyOf(profiles);
    }
}
