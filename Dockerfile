# syntax=docker/dockerfile:1
# The stub as an image: built with the Maven wrapper, run from Spring Boot's extracted
# layers (dependencies change less often than the application, so rebuilds reuse them).
#   docker build -t pingone-mfa-stub .
#   docker run -p 8080:8080 -e STUB_CONTROL_TOKEN=change-me pingone-mfa-stub

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
    && java -Djarmode=tools -jar target/pingone-mfa-stub-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 stub
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER stub
# In a container the stub must listen beyond loopback, and then the control plane needs
# a token (STUB_CONTROL_TOKEN): without one it refuses to start with the control plane on.
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
