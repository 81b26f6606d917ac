package dev.standout.parse;

import dev.standout.parse.ColumnLayout.Box;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnLayoutTest {

    /** Glyph boxes of one line: {@code chars} glyphs 5 pt wide from x, baseline y, 10 pt type. */
    private static void line(List<Box> boxes, List<String> labels, String label, float x, float y, int chars) {
        for (int i = 0; i < chars; i++) {
            boxes.add(new Box(x + 5 * i, x + 5 * i + 4.5f, y, 7f, 10f));
            labels.add(label);
        }
    }

    private static List<String> regionsOf(List<Box> boxes, List<String> labels) {
        ColumnLayout.Result result = ColumnLayout.analyze(boxes);
        List<String> order = new ArrayList<>();
        for (int[] region : result.regions()) {
            List<String> seen = new ArrayList<>();
            for (int i : region) {
                String base = labels.get(i).replaceAll("\\d+$", "");
                if (!seen.contains(base)) {
                    seen.add(base);
                }
            }
            order.add(String.join("+", seen));
        }
        return order;
    }

    @Test
    void readsANarrowLeftSidebarBeforeTheMainColumn() {
        List<Box> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        line(boxes, labels, "header", 100, 40, 50); // a name centered over the page, across the gutter
        for (int i = 0; i < 12; i++) {
            line(boxes, labels, "side", 40, 80 + 15 * i, 18); // ends at x=130
        }
        for (int i = 0; i < 25; i++) {
            line(boxes, labels, "main", 170, 84 + 13.5f * i, 70); // starts at x=170
        }
        assertThat(ColumnLayout.analyze(boxes).columns()).isTrue();
        assertThat(regionsOf(boxes, labels)).containsExactly("header", "side", "main");
    }

    @Test
    void readsThreeColumnsLeftToRight() {
        List<Box> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            line(boxes, labels, "a", 40, 80 + 14 * i, 30);
            line(boxes, labels, "b", 220, 83 + 15 * i, 30);
            line(boxes, labels, "c", 400, 86 + 13 * i, 30);
        }
        assertThat(regionsOf(boxes, labels)).containsExactly("a", "b", "c");
    }

    @Test
    void endsASideBySideListWhereTheShorterSideEndsWhenFullWidthTextFollows() {
        List<Box> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        float y = 60;
        for (int i = 0; i < 5; i++, y += 14) {
            line(boxes, labels, "intro", 40, y, 100);
        }
        float top = y;
        for (int i = 0; i < 9; i++) {
            line(boxes, labels, "right", 300, top + 14 * i, 25); // ends above the left side's last rows
        }
        for (int i = 0; i < 8; i++) {
            line(boxes, labels, "left", 40, top + 7 + 14 * i, 30);
        }
        for (int i = 0; i < 4; i++) {
            line(boxes, labels, "after", 40, top + 7 + 14 * (8 + i), 30); // the left side goes on past the list
        }
        line(boxes, labels, "wide", 40, top + 7 + 14 * 13, 100);
        assertThat(regionsOf(boxes, labels)).containsExactly("intro", "left", "right", "after+wide");
    }

    @Test
    void leavesSingleColumnTextAlone() {
        List<Box> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            line(boxes, labels, "text", 40, 60 + 14 * i, 40 + (i * 7) % 60); // a ragged right edge
        }
        ColumnLayout.Result result = ColumnLayout.analyze(boxes);
        assertThat(result.columns()).isFalse();
        assertThat(result.regions()).hasSize(1);
        assertThat(ColumnLayout.analyze(List.of()).regions()).hasSize(1);
    }
}
