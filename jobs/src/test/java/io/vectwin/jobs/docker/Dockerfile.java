package io.vectwin.jobs.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Dockerfile the checks need: the global ARG defaults (before the first FROM) and, per build
 * stage, its base image and the files it COPYs from the build context. Continuation lines are joined first.
 */
record Dockerfile(Map<String, String> globalArgs, Map<String, Stage> stages) {

    /** One stage: {@code FROM base AS name}, and its context copies as source to destination. */
    record Stage(String name, String base, List<Copy> copies, String entrypoint) {
    }

    /** A COPY from the build context (not {@code --from} another stage or image). */
    record Copy(String source, String destination) {
    }

    private static final Pattern ARG = Pattern.compile("ARG\\s+(\\w+)=(\\S+)");
    private static final Pattern FROM = Pattern.compile("FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY = Pattern.compile("COPY\\s+((?:--\\S+\\s+)*)(\\S+)\\s+(\\S+)");
    private static final Pattern ENTRYPOINT = Pattern.compile("ENTRYPOINT\\s+(.+)");

    static Dockerfile parse(String text) {
        Map<String, String> globalArgs = new LinkedHashMap<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        String name = null;
        String base = null;
        String entrypoint = null;
        List<Copy> copies = new ArrayList<>();
        for (String instruction : instructions(text)) {
            Matcher from = FROM.matcher(instruction);
            if (from.matches()) {
                if (base != null) {
                    stages.put(name, new Stage(name, base, copies, entrypoint));
                }
                base = from.group(1);
                name = from.group(2) == null ? "stage-" + stages.size() : from.group(2);
                copies = new ArrayList<>();
                entrypoint = null;
                continue;
            }
            Matcher arg = ARG.matcher(instruction);
            if (base == null && arg.matches()) {
                globalArgs.put(arg.group(1), arg.group(2));
            }
            Matcher copy = COPY.matcher(instruction);
            if (base != null && copy.matches() && !copy.group(1).contains("--from")) {
                copies.add(new Copy(copy.group(2), copy.group(3)));
            }
            Matcher entry = ENTRYPOINT.matcher(instruction);
            if (base != null && entry.matches()) {
                entrypoint = entry.group(1).trim();
            }
        }
        if (base != null) {
            stages.put(name, new Stage(name, base, copies, entrypoint));
        }
        return new Dockerfile(globalArgs, stages);
    }

    /** {@code ${NAME}} in a FROM line, resolved with the global ARG defaults. */
    String resolvedBase(String stage) {
        String base = stages.get(stage).base();
        for (Map.Entry<String, String> arg : globalArgs.entrySet()) {
            base = base.replace("${" + arg.getKey() + "}", arg.getValue());
        }
        return base;
    }

    /** Instructions with comments dropped and backslash continuations joined; keywords upper-cased. */
    private static List<String> instructions(String text) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String instruction = current.toString().strip();
            current.setLength(0);
            if (!instruction.isEmpty()) {
                int space = instruction.indexOf(' ');
                instructions.add(space < 0 ? instruction.toUpperCase(Locale.ROOT)
                        : instruction.substring(0, space).toUpperCase(Locale.ROOT) + instruction.substring(space));
            }
        }
        return instructions;
    }
}
