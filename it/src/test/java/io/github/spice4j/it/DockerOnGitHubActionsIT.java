package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testcontainers.DockerClientFactory;

/**
 * {@link ContainerConsumerIT} skips itself where no Docker daemon answers, which is right on a
 * developer's machine but would silently drop the container checks if Docker broke on GitHub
 * Actions' runners (which have it). There, a missing Docker is a failure.
 */
@EnabledIfEnvironmentVariable(named = "GITHUB_ACTIONS", matches = "true")
class DockerOnGitHubActionsIT {

    @Test
    void dockerIsAvailableSoContainerChecksRun() {
        assertTrue(DockerClientFactory.instance().isDockerAvailable(),
                "GitHub Actions runner without a working Docker: ContainerConsumerIT would be skipped");
    }
}
