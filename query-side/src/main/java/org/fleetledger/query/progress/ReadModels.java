package org.fleetledger.query.progress;

import java.util.List;

/** The processing groups that build read models: one projection class and its own tables each. */
public final class ReadModels {

    public static final String PROJECTS = "projects";
    public static final String USERS = "users";
    public static final String CLOUDS = "clouds";
    public static final String REGIONS = "regions";
    public static final String CELLS = "cells";
    public static final String DEVICES = "devices";
    public static final String NETWORKS = "networks";
    public static final String VARIABLES = "variables";
    public static final String DEVICE_VERSIONS = "device-versions";

    public static final List<String> ALL = List.of(PROJECTS, USERS, CLOUDS, REGIONS, CELLS, DEVICES, NETWORKS,
            VARIABLES, DEVICE_VERSIONS);

    private ReadModels() {
    }
}
