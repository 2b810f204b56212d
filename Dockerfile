# Build stage: compile and package the server jar (tests are run in CI, not here).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package

# Runtime stage: JRE only.
FROM eclipse-temurin:21-jre
RUN groupadd --system fleet && useradd --system --gid fleet --home-dir /app --no-create-home fleet
WORKDIR /app
COPY --from=build /src/api-gateway/target/fleet-ledger.jar /app/fleet-ledger.jar
# The server binds to 127.0.0.1 by default, which is unreachable from outside a container.
ENV FLEET_HTTP_ADDRESS=0.0.0.0
# Without FLEET_DB_URL the service runs its own PostgreSQL; its data goes to this volume.
ENV FLEET_DATA_DIR=/var/lib/fleet-ledger
RUN mkdir -p /var/lib/fleet-ledger && chown fleet:fleet /var/lib/fleet-ledger
VOLUME /var/lib/fleet-ledger
EXPOSE 7780
USER fleet
ENTRYPOINT ["java", "-jar", "/app/fleet-ledger.jar"]
