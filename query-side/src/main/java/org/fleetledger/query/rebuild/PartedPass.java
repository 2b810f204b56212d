package org.fleetledger.query.rebuild;

import org.jooq.DSLContext;

/**
 * Work a component leaves for the end of a rebuild's replay that can be cut into parts run side by
 * side, each through a connection of its own (ADR 0032): resolving every node, cut by node. A rebuild
 * runs the parts once every lane has ended its bulk replay and committed, so that each part reads all
 * the rows the replay wrote; each part writes only rows of its own.
 */
public interface PartedPass {

    /** Does part {@code part} (counted from 0) of {@code parts}, through {@code db} and nothing else. */
    void runPart(DSLContext db, int part, int parts);
}
