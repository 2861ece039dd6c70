package vn.cchc.plan.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of account provisioning ({@code cchc.accounts.*}); the admin client itself is {@code quarkus.keycloak.admin-client.*}. */
@ConfigMapping(prefix = "cchc.accounts")
public interface AccountsConfig {

    /** @return the Keycloak realm whose users are provisioned */
    @WithDefault("cchc")
    String realm();
}
