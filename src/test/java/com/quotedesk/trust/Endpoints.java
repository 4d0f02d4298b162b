package com.quotedesk.trust;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every HTTP endpoint the application declares, as {@code "GET /api/claims/{}"}, found by reading the
 * JAX-RS annotations of the compiled classes: the role matrix checks it covers all of them.
 */
final class Endpoints {

    private Endpoints() {
    }

    static Set<String> declared() {
        java.nio.file.Path root = Paths.get("target", "classes");
        Set<String> out = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("com.quotedesk.") && !name.contains("$")) {
                    addEndpoints(load(name), out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code "GET /api/claims/{id}"} → {@code "GET /api/claims/{}"}. */
    static String normalise(String endpoint) {
        String s = endpoint.replaceAll("\\{[^}]*}", "{}").replaceAll("\\?.*$", "");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static void addEndpoints(Class<?> type, Set<String> out) {
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
            return;
        }
        for (Method m : type.getMethods()) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = "/" + strip(base.value()) + (sub == null ? "" : "/" + strip(sub.value()));
            out.add(normalise(verb + " " + path.replaceAll("/+", "/")));
        }
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String strip(String p) {
        return p.replaceAll("^/+|/+$", "");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + name, e);
        }
    }
}
