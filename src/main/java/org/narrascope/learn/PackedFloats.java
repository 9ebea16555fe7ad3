package org.narrascope.learn;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Weight vectors in model files as Base64 of little-endian float32: a third of the size of JSON
 * numbers, which keeps the shipped models small enough for the repository.
 */
final class PackedFloats {

    private PackedFloats() {
    }

    static final class Writer extends JsonSerializer<float[]> {
        @Override
        public void serialize(float[] values, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : values) bytes.putFloat(v);
            gen.writeBinary(bytes.array());
        }
    }

    static final class Reader extends JsonDeserializer<float[]> {
        @Override
        public float[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            byte[] raw = p.getBinaryValue();
            if (raw.length % Float.BYTES != 0) throw new IOException("weights are not a whole number of float32 values");
            ByteBuffer bytes = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            float[] out = new float[raw.length / Float.BYTES];
            for (int i = 0; i < out.length; i++) out[i] = bytes.getFloat();
            return out;
        }
    }
}
