package example;

import dev.standout.DocumentException;
import dev.standout.Standout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Prints the JSON record of every file in a folder, exactly as the README shows. */
public class ScoreFolder {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Standout standout = Standout.create();
        for (Path path : files) {
            try {
                System.out.println(standout.analyze(path).toJson());
            } catch (DocumentException e) {
                System.out.println(path + ": " + e.type() + ": " + e.getMessage());
            }
        }
    }
}
