package org.fleetledger.query.progress;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The read models' tokens as every node shares them in the token store, whoever holds the claim. A
 * node that does not run a read model's processor itself (another node claimed it) learns from here
 * how far that read model has come. Reading a token does not claim it; resetting one takes the claim
 * from whichever node held it, whose next batch then fails to store its token and rolls back.
 */
@Component
public class SharedTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    SharedTokens(DataSource dataSource, Serializer serializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
    }

    /**
     * Sets a read model's token and frees its claim, in the caller's transaction: its processor, on any
     * node, goes on from there once it claims the token again.
     */
    public void reset(String group, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, time_stamp, owner)"
                        + " VALUES (?, 0, ?, ?, ?, NULL) ON CONFLICT (processor_name, segment) DO UPDATE"
                        + " SET token = excluded.token, token_type = excluded.token_type,"
                        + " time_stamp = excluded.time_stamp, owner = NULL",
                group, serialized.getData(), serialized.getType().getName(), Instant.now().toString());
    }

    /** Each processing group's stored token (segment 0, the only one), by group; absent before its first claim. */
    Map<String, TrackingToken> all() {
        Map<String, TrackingToken> tokens = new HashMap<>();
        jdbc.query("SELECT processor_name, token, token_type FROM token_entry WHERE segment = 0", row -> {
            byte[] token = row.getBytes("token");
            String type = row.getString("token_type");
            if (token != null && type != null) {
                try {
                    tokens.put(row.getString("processor_name"),
                            serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("cannot read the token of read model "
                            + row.getString("processor_name") + " (" + type + ")", e);
                }
            }
        });
        return tokens;
    }
}
