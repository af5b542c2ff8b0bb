package io.vectwin.jobs.io;

/**
 * A Kafka record exactly as it arrived: where it came from and its bytes. Sources emit these
 * and never fail, so that decoding — and sending what cannot be decoded to the dead-letter
 * topic with the original bytes — happens in an operator of the job (a Flink POJO: public
 * fields and a no-argument constructor).
 */
public class RawKafkaRecord {

    public String topic;
    public int partition;
    public long offset;
    public long timestamp;
    public byte[] key;
    public byte[] value;

    public RawKafkaRecord() {
    }

    public RawKafkaRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.timestamp = timestamp;
        this.key = key;
        this.value = value;
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
