package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A batch evaluation ({@code GET /api/v1/evaluations/units}) already written as JSON: the frame
 * ({@code parent}, {@code year}, {@code window}) and each unit's part, written by the threads that judged
 * the units ({@link EvaluationService#evaluateSubtreeWritten}), put together in tree order when streamed.
 * The bytes are those the application's mapper writes for the whole {@link BatchEvaluationView}: its
 * {@code units} is the record's last component, so the frame written with no unit ends in {@code []}}
 * and the units go between the brackets.
 */
public final class WrittenBatch implements StreamingOutput {

    private static final byte[] NO_UNITS_END = "[]}".getBytes(StandardCharsets.US_ASCII);

    private final byte[] head;
    private final List<byte[]> units;

    private WrittenBatch(byte[] head, List<byte[]> units) {
        this.head = head;
        this.units = units;
    }

    /**
     * @param json  the application's mapper
     * @param frame the answer with an empty {@code units} list
     * @param units each unit's {@link BatchEvaluationView.UnitEvaluations} as {@link #write} wrote it, in tree order
     * @return the answer to stream
     * @throws IllegalStateException when the frame does not end with the empty units list (the view's shape changed)
     */
    static WrittenBatch of(ObjectMapper json, BatchEvaluationView frame, List<byte[]> units) {
        byte[] all;
        try {
            all = json.writeValueAsBytes(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        int cut = all.length - NO_UNITS_END.length;
        if (cut < 0 || !Arrays.equals(all, cut, all.length, NO_UNITS_END, 0, NO_UNITS_END.length)) {
            throw new IllegalStateException("BatchEvaluationView no longer ends with its units list");
        }
        return new WrittenBatch(Arrays.copyOf(all, cut + 1), units);
    }

    /**
     * @param writer the application's writer for {@link BatchEvaluationView.UnitEvaluations}
     * @param unit   one unit's evaluations
     * @return its JSON
     * @throws UncheckedIOException when it cannot be written (a 500)
     */
    static byte[] write(ObjectWriter writer, BatchEvaluationView.UnitEvaluations unit) {
        try {
            return writer.writeValueAsBytes(unit);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param out where the whole answer goes: the frame up to {@code [}, the units separated by commas, then {@code ]}} */
    @Override
    public void write(OutputStream out) throws IOException {
        out.write(head);
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(units.get(i));
        }
        out.write(NO_UNITS_END, 1, 2);
    }
}
