package dev.standout.robust;

import dev.standout.Standout;

import org.apache.pdfbox.pdmodel.ResourceCacheFactory;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.ZipPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standout is safe to embed in someone else's JVM: analyzing documents (good and hostile) leaves the JVM-wide
 * settings of POI, PDFBox and the JDK as they were, gives the same results from four threads as from one, and
 * leaves no open file handles, temporary files or threads behind.
 */
class EmbeddingSafetyTest {

    private static final Standout STANDOUT = Standout.create();

    /** Every JVM-wide setting that Standout or its document libraries could change, as comparable values. */
    static Map<String, Object> globalSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("poi.ZipSecureFile.minInflateRatio", ZipSecureFile.getMinInflateRatio());
        m.put("poi.ZipSecureFile.maxEntrySize", ZipSecureFile.getMaxEntrySize());
        m.put("poi.ZipSecureFile.maxTextSize", ZipSecureFile.getMaxTextSize());
        m.put("poi.ZipSecureFile.maxFileCount", ZipSecureFile.getMaxFileCount());
        m.put("poi.ZipSecureFile.graceEntrySize", ZipSecureFile.getGraceEntrySize());
        m.put("poi.IOUtils.byteArrayMaxOverride", IOUtils.getByteArrayMaxOverride());
        m.put("poi.IOUtils.maxByteArrayInitSize", IOUtils.getMaxByteArrayInitSize());
        m.put("poi.ZipInputStreamZipEntrySource.thresholdBytesForTempFiles",
                ZipInputStreamZipEntrySource.getThresholdBytesForTempFiles());
        m.put("poi.ZipInputStreamZipEntrySource.encryptTempFiles",
                ZipInputStreamZipEntrySource.shouldEncryptTempFiles());
        m.put("poi.ZipPackage.useTempFilePackageParts", ZipPackage.useTempFilePackageParts());
        m.put("poi.ZipPackage.encryptTempFilePackageParts", ZipPackage.encryptTempFilePackageParts());
        m.put("poi.HWPFDocumentCore.maxRecordLength", HWPFDocumentCore.getMaxRecordLength());
        m.put("poi.POIFSFileSystem.maxRecordLength", POIFSFileSystem.getMaxRecordLength());
        m.put("poi.XWPFPictureData.maxImageSize", XWPFPictureData.getMaxImageSize());
        m.put("pdfbox.FontMappers.instance", System.identityHashCode(FontMappers.instance()));
        m.put("pdfbox.ResourceCacheFactory.createFunction",
                System.identityHashCode(ResourceCacheFactory.getResourceCacheCreateFunction()));
        m.put("jdk.systemProperties", new TreeMap<>(System.getProperties()));
        m.put("jdk.locale", Locale.getDefault());
        for (Locale.Category c : Locale.Category.values()) {
            m.put("jdk.locale." + c, Locale.getDefault(c));
        }
        m.put("jdk.timeZone", TimeZone.getDefault().getID());
        m.put("jdk.charset", Charset.defaultCharset());
        m.put("jdk.securityProviders", Arrays.stream(Security.getProviders()).map(Provider::getName).toList());
        m.put("jdk.uncaughtExceptionHandler", System.identityHashCode(Thread.getDefaultUncaughtExceptionHandler()));
        m.put("jdk.proxySelector", System.identityHashCode(ProxySelector.getDefault()));
        m.put("jdk.cookieHandler", System.identityHashCode(CookieHandler.getDefault()));
        m.put("jdk.logging.rootLevel", String.valueOf(java.util.logging.Logger.getLogger("").getLevel()));
        m.put("jdk.imageio.useCache", javax.imageio.ImageIO.getUseCache());
        return m;
    }

    @Test
    void globalSettingsAreTheSameAfterAnalyzingGoodAndHostileFiles() {
        Map<String, byte[]> samples = Samples.all();
        FontMappers.instance(); // created lazily by PDFBox on first use; the first call is not Standout's change
        Map<String, Object> before = globalSettings();
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            Samples.outcome(STANDOUT, e.getKey(), e.getValue());
        }
        Map<String, Object> after = globalSettings();
        assertThat(after).as("%d files analyzed", samples.size()).isEqualTo(before);
    }

    @Test
    void fourThreadsGiveTheSameResultsAsOne() throws Exception {
        Map<String, byte[]> samples = Samples.all();
        Map<String, String> sequential = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            sequential.put(e.getKey(), Samples.outcome(STANDOUT, e.getKey(), e.getValue()));
        }
        List<String> names = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            names.addAll(samples.keySet());
        }
        Collections.shuffle(names, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> new String[] {name,
                        Samples.outcome(STANDOUT, name, samples.get(name))}));
            }
            for (Future<String[]> f : futures) {
                String[] r = f.get(5, TimeUnit.MINUTES);
                assertThat(r[1]).as(r[0]).isEqualTo(sequential.get(r[0]));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noFileHandlesOrThreadsStayOpenAfter200Analyses() {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "no /proc/self/fd (not Linux); skipping");
        Map<String, byte[]> samples = Samples.generated();
        List<String> names = new ArrayList<>(samples.keySet());
        for (String name : names) { // load every class and open every jar the analyses need
            Samples.outcome(STANDOUT, name, samples.get(name));
        }
        System.gc();
        List<String> fdsBefore = openFiles(fds);
        Set<String> threadsBefore = liveThreads();
        for (int i = 0; i < 200; i++) {
            String name = names.get(i % names.size());
            Samples.outcome(STANDOUT, name, samples.get(name));
        }
        List<String> opened = new ArrayList<>(openFiles(fds));
        fdsBefore.forEach(opened::remove);
        if (!opened.isEmpty()) { // the JVM itself briefly opens files (cgroup limits, say): look again
            sleep(500);
            opened = new ArrayList<>(openFiles(fds));
            fdsBefore.forEach(opened::remove);
        }
        assertThat(opened).as("descriptors opened and left open").isEmpty();
        Set<String> newThreads = new TreeSet<>(liveThreads());
        newThreads.removeAll(threadsBefore);
        assertThat(newThreads).as("threads started and left running").isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where each open descriptor points, without what the JVM reads for itself under /proc and /sys. */
    private static List<String> openFiles(Path fds) {
        List<String> targets = new ArrayList<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (!target.startsWith("/proc/") && !target.startsWith("/sys/")) {
                        targets.add(target);
                    }
                } catch (IOException e) {
                    // closed while listing (the listing's own descriptor)
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Collections.sort(targets);
        return targets;
    }

    private static Set<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aFreshJvmLeavesNoTemporaryFilesAndWritesOnlyPdfBoxsFontCacheToItsHome(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, byte[]> samples = Samples.generated(); // made here: POI's encryptor uses temporary files
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            Files.write(in.resolve(e.getKey()), e.getValue());
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), AnalyzeFolder.class.getName(), in.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("analyzed " + samples.size() + " files");
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.filter(f -> !f.equals(tmp)).map(Path::toString)).as("left in java.io.tmpdir").isEmpty();
        }
        try (Stream<Path> left = Files.walk(home)) {
            // PDFBox keeps a cache of the system's fonts in user.home (or -Dpdfbox.fontcache): documented
            assertThat(left.filter(f -> !f.equals(home)).map(f -> home.relativize(f).toString()))
                    .as("written to user.home").isSubsetOf(".pdfbox.cache");
        }
    }

    /** The child JVM of the temporary-files test: analyzes every file of a folder and exits. */
    static final class AnalyzeFolder {
        public static void main(String[] args) throws IOException {
            Standout standout = Standout.create();
            List<Path> files;
            try (Stream<Path> list = Files.list(Path.of(args[0]))) {
                files = list.sorted().toList();
            }
            for (Path f : files) {
                Samples.outcome(standout, f.getFileName().toString(), Files.readAllBytes(f));
            }
            System.out.println("analyzed " + files.size() + " files");
        }
    }
}
