package rectify.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

/**
 * The package loops of a bundle, read from its class files: package A depends on package B when a
 * class of A names a class of B anywhere (signatures, code, annotations), as the constant pool
 * records it. A loop is a set of two or more packages each reachable from the others.
 */
public final class PackageCycles {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int UTF8 = 1;

    private PackageCycles() {
    }

    /**
     * @param bundle a bundle (its fragments are left out)
     * @param root the folder of its packages, e.g. {@code rectify/ui}
     * @return each package under the root with the packages under the root it depends on
     * @throws IOException when a class file cannot be read
     */
    public static Map<String, Set<String>> dependencies(Bundle bundle, String root) throws IOException {
        Pattern reference = Pattern.compile("(" + Pattern.quote(root) + "(?:/[a-z_][a-z0-9_]*)*)/[A-Z]");
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (String path : classFiles(bundle, root + "/")) {
            String own = path.substring(0, path.lastIndexOf('/'));
            Set<String> used = dependencies.computeIfAbsent(name(own), p -> new TreeSet<>());
            URL entry = bundle.getEntry(path);
            try (InputStream in = entry.openStream()) {
                for (String text : utf8Constants(in)) {
                    Matcher matcher = reference.matcher(text);
                    while (matcher.find()) {
                        if (!matcher.group(1).equals(own)) {
                            used.add(name(matcher.group(1)));
                        }
                    }
                }
            }
        }
        return dependencies;
    }

    /**
     * @param dependencies packages with the packages they depend on
     * @return the loops among them, each as its packages in name order; empty when there are none
     */
    public static List<Set<String>> loops(Map<String, Set<String>> dependencies) {
        List<Set<String>> loops = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : dependencies.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            Set<String> component = new TreeSet<>();
            for (String other : reachable(dependencies, start)) {
                if (reachable(dependencies, other).contains(start)) {
                    component.add(other);
                }
            }
            done.addAll(component);
            if (component.size() > 1) {
                loops.add(component);
            }
        }
        return loops;
    }

    private static Set<String> reachable(Map<String, Set<String>> dependencies, String from) {
        Set<String> seen = new TreeSet<>(Set.of(from));
        Deque<String> next = new ArrayDeque<>(seen);
        while (!next.isEmpty()) {
            for (String to : dependencies.getOrDefault(next.pop(), Set.of())) {
                if (seen.add(to)) {
                    next.push(to);
                }
            }
        }
        return seen;
    }

    private static List<String> classFiles(Bundle bundle, String folder) {
        List<String> files = new ArrayList<>();
        Enumeration<String> paths = bundle.getEntryPaths(folder);
        while (paths != null && paths.hasMoreElements()) {
            String path = paths.nextElement();
            if (path.endsWith("/")) {
                files.addAll(classFiles(bundle, path));
            } else if (path.endsWith(".class")) {
                files.add(path);
            }
        }
        return files;
    }

    private static String name(String folder) {
        return folder.replace('/', '.');
    }

    /** @return the texts of a class file's constant pool: names of classes, descriptors, signatures, strings */
    private static List<String> utf8Constants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        Map<Integer, Integer> skipped = new HashMap<>(Map.of(3, 4, 4, 4, 7, 2, 8, 2, 9, 4, 10, 4, 11, 4, 12, 4));
        skipped.putAll(Map.of(15, 3, 16, 2, 17, 4, 18, 4, 19, 2, 20, 2));
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            if (tag == UTF8) {
                texts.add(in.readUTF());
            } else if (tag == 5 || tag == 6) {
                in.skipNBytes(8);
                i++;
            } else if (skipped.containsKey(tag)) {
                in.skipNBytes(skipped.get(tag));
            } else {
                throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return texts;
    }
}
