package com.quotedesk.account;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No default admin password outside tests, and no weak one at all. */
class AdminPasswordPolicyTest {

    @Test
    void shouldShipNoAdminPasswordOutsideTheTestProfile() throws IOException {
        Properties props = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        for (String key : props.stringPropertyNames()) {
            if (key.endsWith("quotedesk.admin.password")) {
                assertTrue(key.startsWith("%test."), "a default admin password outside tests: " + key);
            }
        }
    }

    @Test
    void shouldGenerateAPasswordWhenNoneIsConfigured() {
        assertNull(FirstStartAdmin.configuredPassword(null));
        assertNull(FirstStartAdmin.configuredPassword("   "));
    }

    @Test
    void shouldRefuseToStartWithAWeakConfiguredPassword() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FirstStartAdmin.configuredPassword("admin"));
        assertTrue(e.getMessage().contains("at least " + UserService.MIN_PASSWORD), e.getMessage());
        assertEquals("long-enough-password", FirstStartAdmin.configuredPassword("long-enough-password"));
    }
}
