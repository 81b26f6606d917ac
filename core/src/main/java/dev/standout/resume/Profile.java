package dev.standout.resume;

import java.util.Objects;

/** A link to a profile elsewhere (JSON Resume {@code basics.profiles}): GitHub, LinkedIn, a personal site… */
public record Profile(String network, String username, String url) {
    public Profile {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(url, "url");
        username = username == null ? "" : username;
    }
}
