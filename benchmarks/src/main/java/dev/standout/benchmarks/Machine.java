package dev.standout.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: cores, memory, CPU, JVM, load average, peak resident memory (Linux). */
public final class Machine {
    private Machine() {
    }

    /** One line: cores, memory, CPU model, OS, JVM, load average now. */
    public static String describe() {
        String cpu = "";
        long memKb = 0;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) memKb = Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave them out
        }
        return String.format(Locale.ROOT, "machine: %d cores%s, %.1f GiB RAM, %s %s, Java %s (%s); load average %s",
                Runtime.getRuntime().availableProcessors(), cpu.isEmpty() ? "" : " (" + cpu + ")",
                memKb / 1024.0 / 1024.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), loadAverage());
    }

    /** The 1-, 5- and 15-minute load averages, or "?" where /proc/loadavg is missing. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Resident memory (VmRSS) of a process and all its descendants now, in kB; 0 where /proc is missing. */
    public static long treeRssKb(ProcessHandle root) {
        long kb = rssKb(root.pid());
        for (ProcessHandle h : root.descendants().toList()) kb += rssKb(h.pid());
        return kb;
    }

    private static long rssKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            return 0; // gone meanwhile
        }
        return 0;
    }

    /** Peak resident set size of this process (VmHWM) in MB, or -1 where /proc/self/status is missing. */
    public static long peakRssMb() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String l : lines) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
