package org.fleetledger.gateway.device;

import java.util.List;

/** {@code {"labels": [...]}}: the body of every labels read and write. */
record LabelsBody(List<String> labels) {
}
