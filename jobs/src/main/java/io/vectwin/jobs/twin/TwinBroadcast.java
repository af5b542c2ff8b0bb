package io.vectwin.jobs.twin;

import io.vectwin.jobs.io.RawKafkaRecord;
import io.vectwin.schemas.EntityTelemetry;

/**
 * What every instance of the prediction operator must see: node states (the serving candidates
 * of the channel features) and new model files from {@code vec.models}. One of the two fields is
 * set. A Flink POJO, so it travels without Kryo.
 */
public class TwinBroadcast {

    /** A node's report, or null. */
    public EntityTelemetry node;
    /** A model file's bytes as published, or null. */
    public RawKafkaRecord model;

    public TwinBroadcast() {
    }

    public static TwinBroadcast ofNode(EntityTelemetry node) {
        TwinBroadcast b = new TwinBroadcast();
        b.node = node;
        return b;
    }

    public static TwinBroadcast ofModel(RawKafkaRecord model) {
        TwinBroadcast b = new TwinBroadcast();
        b.model = model;
        return b;
    }
}
