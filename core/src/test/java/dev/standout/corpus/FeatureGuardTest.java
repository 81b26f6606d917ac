package dev.standout.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"cred:unknown:me@mail.org", "theme:see www.example.org", "theme:http://x.y",
            "theme:linkedin.com/in/someone", "cred:unknown:tel 0612345678", "cred:unknown:+44 20 7946 0958",
            "theme:a\nb"})
    void refusesPersonalLookingFeatures(String f) {
        assertThat(FeatureGuard.refusal(f)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"skill:c#", "skill:node.js", "skill:vue.js", "theme:node.js/express api",
            "cred:unknown:iso 27001:2013", "cred:unknown:iso 9001 2015", "skill:@angular/core",
            "degree:master|computer science"})
    void acceptsOrdinaryFeatures(String f) {
        assertThat(FeatureGuard.refusal(f)).isNull();
    }
}
