package dev.standout.section;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds sections by their content in a text without any heading: a block dense with degrees is education, a block
 * with date ranges and no degree is experience, a block of short comma-separated items is skills. The first block
 * is always left to the contact section, and a block that matches nothing stays with the section before it.
 * Conservative on purpose: a wrong section is worse than none.
 */
final class HeadlessGuess {

    private static final Pattern DEGREE = Pattern.compile("(?i)\\b(bachelor'?s?|master'?s?|b\\.? ?tech|m\\.? ?tech|"
            + "b\\.? ?sc|m\\.? ?sc|b\\.s\\.|m\\.s\\.|b\\.a\\.|m\\.a\\.|b\\.e\\.|m\\.e\\.|mba|mca|bca|ph\\.? ?d|"
            + "doctorate|diploma|associate'?s? degree|high school|secondary school|university|college|"
            + "degree|gpa|cgpa)\\b");
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)\\b((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            + "dec)[a-z]*\\.?\\s*|\\d{1,2}/)?(19|20)\\d\\d\\s*(-|–|—|to|until|till)\\s*((jan|feb|mar|apr|may|jun|jul|"
            + "aug|sep|oct|nov|dec)[a-z]*\\.?\\s*|\\d{1,2}/)?((19|20)\\d\\d|present|current|now|date|today)\\b");

    private HeadlessGuess() {
    }

    static List<SectionSegmenter.Heading> guess(String text) {
        List<int[]> blocks = blocks(text);
        boolean lines = blocks.size() > 0 && blocks.get(0)[2] == 1;
        SectionType[] types = new SectionType[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            types[b] = classify(text.substring(blocks.get(b)[0], blocks.get(b)[1]));
        }
        List<SectionSegmenter.Heading> out = new ArrayList<>();
        EnumSet<SectionType> opened = EnumSet.of(SectionType.CONTACT);
        for (int b = 1; b < blocks.size(); b++) {
            SectionType type = types[b];
            if (type == null || opened.contains(type)) continue; // each section opens once
            if (lines && !supported(types, b, type)) continue;
            opened.add(type);
            out.add(new SectionSegmenter.Heading(type, "", blocks.get(b)[0], blocks.get(b)[0]));
        }
        return out;
    }

    /** Single lines are weak evidence: at least two of four lines from here must agree. */
    private static boolean supported(SectionType[] types, int from, SectionType type) {
        int agree = 0;
        for (int k = from; k < Math.min(types.length, from + 4); k++) {
            if (types[k] == type) agree++;
        }
        return agree >= 2;
    }

    /** Blocks separated by blank lines; single lines when the text has fewer than three blocks. */
    private static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            int blank = text.indexOf("\n\n", i);
            if (blank < 0) break;
            if (blank > start) blocks.add(new int[] {start, blank, 0});
            start = blank + 2;
            i = start;
        }
        if (start < n) blocks.add(new int[] {start, n, 0});
        if (blocks.size() >= 3) return blocks;
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            if (eol > pos) lines.add(new int[] {pos, eol, 1});
            pos = eol + 1;
        }
        return lines;
    }

    static SectionType classify(String block) {
        if (block.length() > 1500) return null;
        boolean degree = DEGREE.matcher(block).find();
        boolean dates = DATE_RANGE.matcher(block).find();
        if (degree && countMatches(DEGREE, block) * 120 >= Math.min(block.length(), 600)) {
            return SectionType.EDUCATION;
        }
        if (dates && !degree) return SectionType.EXPERIENCE;
        if (!dates && isItemList(block)) return SectionType.SKILLS;
        return null;
    }

    /** Short comma- or bar-separated items (three words or fewer on average) with few sentence endings. */
    private static boolean isItemList(String block) {
        int separators = 0;
        int periods = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == ',' || c == '|' || c == ';') separators++;
            if (c == '.' && (i + 1 == block.length() || block.charAt(i + 1) == ' ' || block.charAt(i + 1) == '\n')) {
                periods++;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return separators >= 5 && words <= 3 * (separators + 1) && periods <= separators / 5;
    }

    private static int countMatches(Pattern p, String s) {
        int k = 0;
        var m = p.matcher(s);
        while (m.find()) k++;
        return k;
    }
}
