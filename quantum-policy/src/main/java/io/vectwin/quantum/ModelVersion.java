package io.vectwin.quantum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version a decision names for a policy's model: the first 12 hex digits of the SHA-256 of the
 * model file's bytes, so two jobs (or a job and a training run) agree on a version exactly when they
 * load the same parameters, without any registry.
 */
final class ModelVersion {

    private ModelVersion() {
    }

    static String of(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
