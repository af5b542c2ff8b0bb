package io.vectwin.jobs.cli;

import io.vectwin.jobs.kafka.ModelPublisher;
import io.vectwin.jobs.kafka.Topics;
import io.vectwin.lstm.model.TwinModelFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin publish-model}: hands a twin LSTM model to every running twin job through
 * {@code vec.models}; each swaps it in without a restart and its decisions carry the new version.
 */
@Command(
        name = "publish-model",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Publishes a twin LSTM model file (train-lstm's output) on vec.models; running twin jobs"
                + " started with --lstm-model swap it in without a restart. The file is checked to load first.",
        footer = {"", "Exit codes: 0 published, 1 Kafka failed, 2 bad arguments or an unreadable model."})
public final class PublishModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--model", required = true, paramLabel = "MODEL.zip", description = "The model file.")
    Path model;

    @Option(names = "--topic", defaultValue = Topics.MODELS, description = "Topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Mixin
    ClientConfigOption clientConfig;

    @Override
    public Integer call() throws Exception {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(model);
        } catch (NoSuchFileException e) {
            throw new InvalidArgumentException(spec, "--model", model.toString(), model + ": no such model file");
        } catch (IOException e) {
            throw new InvalidArgumentException(spec, "--model", model.toString(), model + ": " + e.getMessage());
        }
        ModelPublisher.Published p;
        try {
            p = ModelPublisher.publish(bootstrap, clientConfig.properties(spec), topic, bytes, model.toString());
        } catch (TwinModelFileException e) {
            throw new InvalidArgumentException(spec, "--model", model.toString(), e.getMessage());
        }
        spec.commandLine().getOut().printf("published model %s version %s to %s partition %d offset %d%n", model,
                p.version(), topic, p.partition(), p.offset());
        return VectwinCli.EXIT_OK;
    }
}
