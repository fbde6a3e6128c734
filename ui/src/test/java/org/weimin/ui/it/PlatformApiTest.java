package org.weimin.ui.it;

import java.net.URL;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every in-container test class shares: the suite's one deployment, reached over HTTP. */
@ExtendWith(ArquillianExtension.class)
abstract class PlatformApiTest {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }
}
