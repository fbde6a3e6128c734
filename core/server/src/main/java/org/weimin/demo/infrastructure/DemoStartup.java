package org.weimin.demo.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.demo.application.DemoStories;
import org.weimin.platform.application.JobLeases;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the demo stories in the communities {@code weimin.demo.communities} names, once each, when the platform
 * first starts with them (a community that already has needs is left alone), on the one instance holding the lease.
 */
@ApplicationScoped
public class DemoStartup implements StartupStep {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    DemoStories stories;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "weimin.demo.communities", defaultValue = " ")
    String communities;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void run() {
        List<String> named = Arrays.stream(communities.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (named.isEmpty() || !leases.take("demo.stories", Duration.ofMinutes(5))) {
            return;
        }
        for (String id : named) {
            if (!CommunityId.isValid(id.strip())) {
                LOG.warning(() -> "weimin.demo.communities names '" + id + "', which is not a community id");
                continue;
            }
            try {
                if (stories.tell(new CommunityId(id.strip()))) {
                    LOG.info(() -> "demo stories told in " + id.strip());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the demo stories of " + id.strip() + " could not be told", e);
            }
        }
    }
}
