package io.vectwin.jobs.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.jobs.cli.VectwinCli;
import io.vectwin.jobs.kafka.Topics;
import kafka.server.KafkaConfig;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * docker/compose.yaml and its Dockerfile, checked without a Docker engine: what they say must agree with the
 * build (versions in pom.xml, the shade plugin's jar, {@link Topics}) and with itself (quorum, listeners,
 * ports, dependencies), and the README must describe the services that exist.
 */
class ComposeFileTest {

    private static final String TWIN_JOB_MAIN = "io.vectwin.jobs.TwinJobMain";
    private static final String KAFKA_REPOSITORY = "apache/kafka";
    private static final String FLINK_REPOSITORY = "flink";
    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    private static RepositoryLayout repository;
    private static ComposeFile compose;
    private static Dockerfile dockerfile;
    private static Map<String, String> rootPomProperties;

    @BeforeAll
    static void readFiles() {
        repository = RepositoryLayout.locate();
        compose = new ComposeFile(RepositoryLayout.loadYaml(repository.composeFile()));
        dockerfile = Dockerfile.parse(repository.read(repository.dockerfile()));
        rootPomProperties = PomXml.properties(repository.rootPom());
    }

    // --- versions ---------------------------------------------------------------------------------------

    @Test
    void brokersRunTheOfficialKafkaImageOfThePomsKafkaVersion() {
        String kafkaVersion = rootPomProperties.get("kafka.version");
        assertThat(kafkaVersion).as("kafka.version in pom.xml").isNotBlank();
        List<String> kafkaServices = compose.serviceNames().stream()
                .filter(s -> repositoryOf(compose.image(s)).equals(KAFKA_REPOSITORY)).toList();
        assertThat(kafkaServices).containsExactlyElementsOf(BROKERS);
        for (String broker : BROKERS) {
            assertThat(tagOf(compose.image(broker))).as(broker + " image tag").isEqualTo(kafkaVersion);
        }
    }

    @Test
    void flinkServicesRunTheOfficialFlinkImageOfThePomsFlinkVersionOnJava17() {
        String flinkVersion = rootPomProperties.get("flink.version");
        assertThat(flinkVersion).as("flink.version in pom.xml").isNotBlank();
        for (String service : List.of("jobmanager", "taskmanager")) {
            String image = compose.image(service);
            assertThat(repositoryOf(image)).as(service).isEqualTo(FLINK_REPOSITORY);
            // The published scheme: <flink version>[-scala_<scala version>]-java<java version>.
            assertThat(tagOf(image)).as(service + " image tag").startsWith(flinkVersion + "-").endsWith("-java17");
        }
    }

    @Test
    void theDockerfileBuildsOnTheSameImagesAsTheComposeFile() {
        assertThat(dockerfile.globalArgs()).containsEntry("FLINK_IMAGE", compose.image("jobmanager"))
                .containsEntry("KAFKA_IMAGE", compose.image("kafka-1"));
        for (String service : List.of("setup", "simulator")) {
            Map<String, Object> build = build(service);
            assertThat(build).as(service + " build").containsEntry("dockerfile", "docker/Dockerfile");
            assertThat(dockerfile.stages()).as("stages of the Dockerfile").containsKey(String.valueOf(build.get("target")));
            assertThat(build.get("args")).as(service + " build args")
                    .isEqualTo(Map.of("FLINK_IMAGE", compose.image("jobmanager"), "KAFKA_IMAGE", compose.image("kafka-1")));
        }
        assertThat(dockerfile.resolvedBase("setup")).isEqualTo(compose.image("jobmanager"));
        assertThat(dockerfile.stages().get("vectwin").base()).startsWith("eclipse-temurin:17-jre");
    }

    // --- the README -------------------------------------------------------------------------------------

    @Test
    void theReadmeListsExactlyTheServicesOfTheComposeFileWithTheirImages() {
        Map<String, String> documented = readmeServices(repository.read(repository.dockerReadme()));
        assertThat(documented.keySet()).as("services in docker/README.md").containsExactlyInAnyOrderElementsOf(
                compose.serviceNames());
        documented.forEach((service, image) ->
                assertThat(image).as("image of " + service + " in docker/README.md").isEqualTo(compose.image(service)));
    }

    // --- topics -----------------------------------------------------------------------------------------

    @Test
    void setupCreatesExactlyTheTopicsOfTheJobsReplicatedThreeTimes() {
        List<TopicLine> topics = TopicLine.parseAll(compose.environment("setup").get("VECTWIN_TOPICS"));
        assertThat(topics).extracting(TopicLine::name).containsExactlyInAnyOrderElementsOf(Topics.all());
        for (TopicLine topic : topics) {
            assertThat(topic.replicationFactor()).as(topic.name() + " replication factor").isEqualTo(3);
            assertThat(topic.configs()).as(topic.name() + " configs").containsEntry("min.insync.replicas", "2");
        }
        TopicLine models = topics.stream().filter(t -> t.name().equals(Topics.MODELS)).findFirst().orElseThrow();
        assertThat(Long.parseLong(models.configs().get("max.message.bytes"))).isGreaterThanOrEqualTo(Topics.MODEL_MAX_BYTES);
    }

    @Test
    void topicLinesThatTheSetupScriptWouldRefuseAreRefused() {
        assertThat(TopicLine.parse("vec.models:1:3:min.insync.replicas=2:max.message.bytes=67108864"))
                .isEqualTo(new TopicLine("vec.models", 1, 3,
                        Map.of("min.insync.replicas", "2", "max.message.bytes", "67108864")));
        assertThatThrownBy(() -> TopicLine.parse("vec.tasks:6")).hasMessageContaining("expected name:partitions");
        assertThatThrownBy(() -> TopicLine.parse("vec.tasks:six:3")).hasMessageContaining("partitions 'six'");
        assertThatThrownBy(() -> TopicLine.parse("vec.tasks:6:0")).hasMessageContaining("replication factor '0'");
        assertThatThrownBy(() -> TopicLine.parse("vec.tasks:6:3:retention.ms")).hasMessageContaining("'retention.ms' is not key=value");
    }

    // --- ports ------------------------------------------------------------------------------------------

    @Test
    void everyPublishedPortBindsTheLoopbackAddressOnly() {
        assertThat(compose.portsNotOnLoopback()).isEmpty();
        assertThat(compose.ports("jobmanager")).contains(new PublishedPort("127.0.0.1", "8081", "8081"));
        assertThat(compose.ports("prometheus")).contains(new PublishedPort("127.0.0.1", "9090", "9090"));
        for (String broker : BROKERS) {
            assertThat(compose.ports(broker)).as(broker).hasSize(1);
        }
    }

    @Test
    void portsOnEveryInterfaceAreReportedWhateverTheSyntax() {
        ComposeFile exposed = new ComposeFile(Map.of("services", Map.of(
                "ui", Map.of("ports", List.of("127.0.0.1:8081:8081", "0.0.0.0:9090:9090")),
                "broker", Map.of("ports", List.of("19092:19092", "9249")),
                "long", Map.of("ports", List.of(Map.of("target", 80, "published", 8080),
                        Map.of("target", 81, "published", 8181, "host_ip", "127.0.0.1"))))));
        assertThat(exposed.portsNotOnLoopback()).containsExactlyInAnyOrder(
                "ui: 0.0.0.0:9090 -> 9090", "broker: *:19092 -> 19092", "broker: *: -> 9249", "long: *:8080 -> 80");
    }

    // --- Kafka ------------------------------------------------------------------------------------------

    @Test
    void theBrokersAgreeOnOneQuorumOfTheirOwnNodeIds() {
        Map<Integer, String> brokerByNodeId = new LinkedHashMap<>();
        for (String broker : BROKERS) {
            Map<String, String> env = compose.environment(broker);
            assertThat(env).as(broker).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
            String previous = brokerByNodeId.put(Integer.parseInt(env.get("KAFKA_NODE_ID")), broker);
            assertThat(previous).as("node id of " + broker + " is unique").isNull();
        }
        Map<String, String> first = compose.environment(BROKERS.get(0));
        for (String broker : BROKERS) {
            Map<String, String> env = compose.environment(broker);
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as(broker + " voters")
                    .isEqualTo(first.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
            assertThat(env.get("CLUSTER_ID")).as(broker + " cluster id").isNotBlank().isEqualTo(first.get("CLUSTER_ID"));
        }
        Map<Integer, KafkaEndpoint> voters = KafkaEndpoint.voters(first.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertThat(voters.keySet()).isEqualTo(brokerByNodeId.keySet());
        voters.forEach((nodeId, endpoint) -> {
            String broker = brokerByNodeId.get(nodeId);
            int controllerPort = KafkaEndpoint.listeners(compose.environment(broker).get("KAFKA_LISTENERS"))
                    .get(compose.environment(broker).get("KAFKA_CONTROLLER_LISTENER_NAMES")).port();
            assertThat(endpoint).as("voter " + nodeId).isEqualTo(new KafkaEndpoint(broker, controllerPort));
        });
    }

    @Test
    void eachBrokerAdvertisesItsServiceNameInsideAndItsOwnLoopbackPortOutside() {
        List<String> internal = new ArrayList<>();
        for (String broker : BROKERS) {
            Map<String, String> env = compose.environment(broker);
            Map<String, KafkaEndpoint> listeners = KafkaEndpoint.listeners(env.get("KAFKA_LISTENERS"));
            Map<String, KafkaEndpoint> advertised = KafkaEndpoint.listeners(env.get("KAFKA_ADVERTISED_LISTENERS"));
            String interBroker = env.get("KAFKA_INTER_BROKER_LISTENER_NAME");
            assertThat(advertised.get(interBroker)).as(broker + " " + interBroker)
                    .isEqualTo(new KafkaEndpoint(broker, listeners.get(interBroker).port()));
            internal.add(advertised.get(interBroker).toString());

            PublishedPort published = compose.ports(broker).get(0);
            assertThat(advertised.get("EXTERNAL")).as(broker + " EXTERNAL")
                    .isEqualTo(new KafkaEndpoint("127.0.0.1", Integer.parseInt(published.hostPort())));
            assertThat(Integer.parseInt(published.containerPort())).as(broker + " published container port")
                    .isEqualTo(listeners.get("EXTERNAL").port());
            assertThat(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")).as(broker + " protocol map")
                    .extracting(m -> m.substring(0, m.indexOf(':'))).containsExactlyInAnyOrderElementsOf(listeners.keySet());
        }
        String bootstrap = String.join(",", internal);
        assertThat(compose.environment("setup")).containsEntry("KAFKA_BOOTSTRAP", bootstrap);
        assertThat(argumentAfter(compose.command("setup"), "--bootstrap")).isEqualTo(bootstrap);
        assertThat(argumentAfter(compose.command("simulator"), "--bootstrap")).isEqualTo(bootstrap);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka-1", "kafka-2", "kafka-3"})
    void eachBrokersEnvironmentIsAConfigurationKafkaAccepts(String broker) {
        Map<String, String> env = compose.environment(broker);
        KafkaConfig config = KafkaConfig.fromProps(KafkaImageEnvironment.serverProperties(env), false);
        assertThat(config.nodeId()).isEqualTo(Integer.parseInt(env.get("KAFKA_NODE_ID")));
        assertThat(config.logDirs()).containsExactly(env.get("KAFKA_LOG_DIRS"));
    }

    @Test
    void kafkaRefusesABrokerEnvironmentWithAListenerItDoesNotKnow() {
        Map<String, String> env = new LinkedHashMap<>(compose.environment("kafka-1"));
        env.put("KAFKA_ADVERTISED_LISTENERS", "INTERNAL://kafka-1:9092,OUTSIDE://127.0.0.1:19092");
        Properties properties = KafkaImageEnvironment.serverProperties(env);
        assertThatThrownBy(() -> KafkaConfig.fromProps(properties, false)).hasMessageContaining("OUTSIDE");
    }

    @Test
    void theKafkaImagesVariableNamesMapToPropertyNames() {
        assertThat(KafkaImageEnvironment.propertyName("LOG_DIRS")).isEqualTo("log.dirs");
        assertThat(KafkaImageEnvironment.propertyName("ABC___DEF")).isEqualTo("abc-def");
        assertThat(KafkaImageEnvironment.propertyName("ABC__DEF_GHI")).isEqualTo("abc_def.ghi");
        assertThat(KafkaImageEnvironment.serverProperties(Map.of("KAFKA_NODE_ID", "1", "KAFKA_HEAP_OPTS", "-Xmx1g",
                "CLUSTER_ID", "x"))).containsOnlyKeys("node.id");
    }

    @Test
    void flinksMemorySettingsAddUpForBothProcesses() {
        Configuration configuration = Configuration.fromMap(compose.flinkProperties("taskmanager"));
        assertThat(TaskExecutorProcessUtils.processSpecFromConfig(configuration).getTotalProcessMemorySize().getMebiBytes())
                .isEqualTo(2048);
        assertThat(JobManagerProcessUtils.processSpecFromConfig(Configuration.fromMap(compose.flinkProperties("jobmanager")))
                .getTotalProcessMemorySize().getMebiBytes()).isEqualTo(1600);
    }

    // --- the jar ----------------------------------------------------------------------------------------

    @Test
    void bothImagesCopyTheJarTheShadePluginMakesAndTheBuildContextKeepsIt() {
        String finalName = PomXml.pluginFinalName(repository.jobsPom(), "maven-shade-plugin").orElseThrow(
                () -> new AssertionError("no finalName for maven-shade-plugin in jobs/pom.xml"));
        String jar = "jobs/target/" + finalName + ".jar";
        String jarInImage = "/opt/vectwin/" + finalName + ".jar";
        for (String stage : List.of("setup", "vectwin")) {
            assertThat(dockerfile.stages().get(stage).copies()).as("COPY in stage " + stage)
                    .contains(new Dockerfile.Copy(jar, jarInImage));
        }
        assertThat(dockerfile.stages().get("vectwin").entrypoint())
                .isEqualTo("[\"java\", \"-jar\", \"" + jarInImage + "\"]");
        assertThat(compose.command("setup")).contains(jarInImage);
        assertThat(repository.read(repository.dockerignore()).lines()).contains("*", "!" + jar);
    }

    @Test
    void dockerignoreReincludesEveryFileTheDockerfileCopies() {
        List<String> lines = repository.read(repository.dockerignore()).lines().toList();
        dockerfile.stages().values().forEach(stage -> stage.copies().forEach(copy ->
                assertThat(lines).as("Dockerfile.dockerignore keeps " + copy.source()).contains("!" + copy.source())));
    }

    // --- the job and the cluster ------------------------------------------------------------------------

    @Test
    void setupSubmitsTheTwinJobDetachedWithNoMoreParallelismThanSlots() {
        List<String> command = compose.command("setup");
        assertThat(command.subList(0, 2)).containsExactly("flink", "run");
        assertThat(command).contains("-d");
        assertThat(argumentAfter(command, "-c")).isEqualTo(TWIN_JOB_MAIN);
        int parallelism = Integer.parseInt(argumentAfter(command, "--parallelism"));
        int slots = Integer.parseInt(String.valueOf(compose.service("taskmanager").get("scale")))
                * Integer.parseInt(compose.environment("taskmanager").get("TASK_MANAGER_NUMBER_OF_TASK_SLOTS"));
        assertThat(parallelism).isBetween(1, slots);
        assertThat(compose.flinkProperties("setup")).containsEntry("rest.address", "jobmanager");
    }

    @Test
    void setupWaitsForHealthyBrokersAndJobManagerAndTheSimulatorForSetup() {
        Map<String, String> setupWaitsFor = compose.dependsOn("setup");
        for (String service : List.of("kafka-1", "kafka-2", "kafka-3", "jobmanager")) {
            assertThat(setupWaitsFor).containsEntry(service, "service_healthy");
            assertThat(compose.service(service)).as(service).containsKey("healthcheck");
        }
        assertThat(compose.dependsOn("simulator")).containsEntry("setup", "service_completed_successfully");
        assertThat(compose.service("setup")).containsEntry("restart", "no");
    }

    @Test
    void taskManagersCanBeScaledBecauseNothingAboutThemIsUnique() {
        assertThat(compose.service("taskmanager")).doesNotContainKeys("container_name", "hostname", "ports");
        assertThat(compose.environment("taskmanager")).containsEntry("OMP_NUM_THREADS", "1");
    }

    @Test
    void flinkReportsToPrometheusAndPrometheusScrapesEveryFlinkProcess() {
        String factory = "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";
        String port = compose.flinkProperties("jobmanager").get("metrics.reporter.prom.port");
        assertThat(port).isNotBlank();
        for (String service : List.of("jobmanager", "taskmanager")) {
            assertThat(compose.flinkProperties(service)).as(service)
                    .containsEntry("metrics.reporter.prom.factory.class", factory)
                    .containsEntry("metrics.reporter.prom.port", port)
                    .containsEntry("jobmanager.rpc.address", "jobmanager");
        }
        Map<String, Object> prometheus = RepositoryLayout.loadYaml(repository.prometheusConfig());
        String scrapeConfigs = String.valueOf(prometheus.get("scrape_configs"));
        assertThat(scrapeConfigs).contains("targets=[jobmanager:" + port + "]")
                .contains("names=[taskmanager]").contains("port=" + port);
        assertThat(compose.service("prometheus").get("volumes").toString()).contains("./prometheus.yml:/etc/prometheus/prometheus.yml");
    }

    @Test
    void theSimulatorsCommandIsAValidVectwinSimulateCommand() {
        StringWriter sink = new StringWriter();
        CommandLine cli = VectwinCli.commandLine(new PrintWriter(sink), new PrintWriter(sink));
        CommandLine.ParseResult parsed = cli.parseArgs(compose.command("simulator").toArray(String[]::new));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("simulate");
        assertThat(parsed.subcommand().matchedOptionValue("--bootstrap", "")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka-1", "kafka-2", "kafka-3"})
    void brokersKeepTheirLogOnAVolumeAndCreateNoTopicsByThemselves(String broker) {
        Map<String, String> env = compose.environment(broker);
        assertThat(env).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2");
        assertThat(String.valueOf(compose.service(broker).get("volumes"))).contains(":" + env.get("KAFKA_LOG_DIRS"));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /** The services table of docker/README.md: {@code | `name` | `image` ... |} rows under "## Services". */
    static Map<String, String> readmeServices(String readme) {
        Pattern row = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`.*");
        Map<String, String> services = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : readme.split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## Services");
            } else if (inSection) {
                Matcher m = row.matcher(line);
                if (m.matches()) {
                    services.put(m.group(1), m.group(2));
                }
            }
        }
        return services;
    }

    private static String argumentAfter(List<String> command, String option) {
        int index = command.indexOf(option);
        assertThat(index).as(option + " in " + command).isNotNegative().isLessThan(command.size() - 1);
        return command.get(index + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> build(String service) {
        return (Map<String, Object>) compose.service(service).get("build");
    }

    private static String repositoryOf(String image) {
        int colon = image.lastIndexOf(':');
        return colon < 0 ? image : image.substring(0, colon);
    }

    private static String tagOf(String image) {
        int colon = image.lastIndexOf(':');
        return colon < 0 ? "latest" : image.substring(colon + 1);
    }
}
