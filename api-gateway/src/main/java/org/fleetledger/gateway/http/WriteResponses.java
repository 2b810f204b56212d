package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The answers of writes: each carries the ledger position the write reached. */
public final class WriteResponses {

    private WriteResponses() {
    }

    /** 201 with the absolute {@code Location} of the new resource. */
    public static <T> ResponseEntity<T> created(HttpServletRequest request, String path, long position, T body) {
        return ResponseEntity.created(URI.create(ApiUrls.absolute(request, path)))
                .header(LedgerWrites.POSITION_HEADER, Long.toString(position))
                .body(body);
    }

    public static <T> ResponseEntity<T> ok(long position, T body) {
        return ResponseEntity.ok().header(LedgerWrites.POSITION_HEADER, Long.toString(position)).body(body);
    }

    public static ResponseEntity<Void> noContent(long position) {
        return ResponseEntity.status(HttpStatus.NO_CONTENT)
                .header(LedgerWrites.POSITION_HEADER, Long.toString(position))
                .build();
    }
}
