package io.vectwin.schemas.serde;

import org.apache.avro.specific.SpecificRecord;

/** Test helper: the serde of a sample record's own class, without unchecked casts in every test. */
final class Serdes {

    private Serdes() {
    }

    @SuppressWarnings("unchecked")
    static <T extends SpecificRecord> AvroSingleObjectSerde<T> serdeFor(T record) {
        return AvroSingleObjectSerde.forSpecific((Class<T>) record.getClass());
    }

    static <T extends SpecificRecord> T roundTrip(T record) {
        AvroSingleObjectSerde<T> serde = serdeFor(record);
        return serde.decode(serde.encode(record));
    }
}
