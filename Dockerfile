# syntax=docker/dockerfile:1
# The stub as an image, on its fastest start path (README, "Starting fast"): the jar is
# built with the Maven wrapper, then start-fast.sh's training run makes JDK 25's AOT cache
# while the image is built, so every container starts from it.
#   docker build -t pingone-mfa-stub .
#   docker run -p 8080:8080 -e STUB_CONTROL_TOKEN=change-me pingone-mfa-stub
#
# The training runs in the final image itself, at the paths the container uses: the JVM
# refuses an AOT cache made by another build of itself or from another class path. The
# jar is built for Java 17 as always.
ARG JDK_IMAGE=eclipse-temurin:25-jdk

FROM ${JDK_IMAGE} AS build
WORKDIR /stub
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY start-fast.sh ./
RUN ./start-fast.sh build

FROM ${JDK_IMAGE}
# The training run drives the stub with curl.
RUN (command -v curl >/dev/null || (apt-get update && apt-get install -y --no-install-recommends curl \
      && rm -rf /var/lib/apt/lists/*)) \
    && useradd --system --uid 10001 stub
WORKDIR /stub
COPY --from=build /stub/target/fast/ target/fast/
COPY --from=build /stub/start-fast.sh ./
RUN ./start-fast.sh train && rm -f target/fast/training*
USER stub
# In a container the stub must listen beyond loopback, and then the control plane needs
# a token (STUB_CONTROL_TOKEN): without one it refuses to start with the control plane on.
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
# start-fast.sh without a pom.xml beside it runs what target/fast holds, with its cache.
ENTRYPOINT ["./start-fast.sh"]
