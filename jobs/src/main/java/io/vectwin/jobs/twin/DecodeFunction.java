package io.vectwin.jobs.twin;

import io.vectwin.jobs.io.DeadLetters;
import io.vectwin.jobs.io.RawKafkaRecord;
import io.vectwin.schemas.serde.AvroSingleObjectSerde;
import io.vectwin.schemas.serde.SingleObjectDecodingException;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decodes raw Kafka bytes (Avro single-object encoding) into a record of type {@code T} and
 * validates it. Anything that fails — bad bytes, unknown schema, invalid content — goes to the
 * {@link DeadLetters#TAG} side output with the reason and the original bytes, and is counted; the
 * job never fails on bad input and never drops it silently.
 */
public final class DecodeFunction<T extends SpecificRecord> extends ProcessFunction<RawKafkaRecord, T>
        implements ResultTypeQueryable<T> {

    private final Class<T> recordClass;
    private final RecordValidator<T> validator;

    private transient AvroSingleObjectSerde<T> serde;
    private transient Counter decoded;
    private transient Counter deadLettered;

    public DecodeFunction(Class<T> recordClass, RecordValidator<T> validator) {
        this.recordClass = recordClass;
        this.validator = validator;
    }

    /** The erased {@code T} made explicit, so Flink picks Avro's serializer for it. */
    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(recordClass);
    }

    @Override
    public void open(OpenContext openContext) {
        serde = AvroSingleObjectSerde.forSpecific(recordClass);
        decoded = getRuntimeContext().getMetricGroup().counter("decoded");
        deadLettered = getRuntimeContext().getMetricGroup().counter("deadLettered");
    }

    @Override
    public void processElement(RawKafkaRecord raw, Context ctx, Collector<T> out) {
        Optional<String> reason;
        T record = null;
        try {
            record = serde.decode(raw.value);
            reason = validator.rejection(record);
        } catch (SingleObjectDecodingException e) {
            reason = Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            reason = Optional.of("invalid " + recordClass.getSimpleName() + ": " + e.getMessage());
        }
        if (reason.isPresent()) {
            deadLettered.inc();
            ctx.output(DeadLetters.TAG, DeadLetters.of(raw, reason.get(), ctx.timerService().currentProcessingTime()));
        } else {
            decoded.inc();
            out.collect(record);
        }
    }
}
