package dev.standout.resume;

import dev.standout.section.SectionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidenceTest {
    static final List<Mention> M = List.of(new Mention("Python", SectionType.SKILLS, 3, 9));

    static Skill skill(double c) {
        return new Skill("python", "Python", Evidence.USED, M, c);
    }

    static Certificate certificate(double c) {
        return new Certificate("aws-saa", "AWS SAA", CredentialKind.VENDOR_CERTIFICATION, "associate", "AWS", "2022",
                M, c);
    }

    static Project project(double c) {
        return new Project("Crop doctor", "leaf photos", List.of("PyTorch"), "https://example.org/c",
                List.of("used by 3,000 farmers"), List.of("USERS"), "", List.of("crop disease"), M, c);
    }

    @Test
    void theFormerConstructorsMakeFullyConfidentItems() {
        assertThat(new Skill("python", "Python", Evidence.USED, M).confidence()).isEqualTo(1.0);
        assertThat(new Skill("python", "Python", Evidence.USED, M)).isEqualTo(skill(1.0));
        assertThat(new Certificate("aws-saa", "AWS SAA", CredentialKind.VENDOR_CERTIFICATION, "associate", "AWS",
                "2022", M)).isEqualTo(certificate(Confidence.CERTAIN));
        assertThat(new Project("Crop doctor", "leaf photos", List.of("PyTorch"), "https://example.org/c",
                List.of("used by 3,000 farmers"), List.of("USERS"), "", List.of("crop disease"), M))
                .isEqualTo(project(1.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -0.01, 1.01, -1, 2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aConfidenceOutside0To1IsRefusedWithItsValue(double c) {
        for (DoubleFunction<?> make : List.<DoubleFunction<?>>of(ConfidenceTest::skill, ConfidenceTest::certificate,
                ConfidenceTest::project)) {
            assertThatThrownBy(() -> make.apply(c)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidence must be in [0, 1]: " + c);
        }
        assertThatThrownBy(() -> skill(1).withConfidence(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(c));
    }

    @Test
    void theBoundsAreAccepted() {
        assertThat(skill(0).confidence()).isZero();
        assertThat(certificate(1).confidence()).isEqualTo(1.0);
        assertThat(project(0.0).confidence()).isZero();
    }

    @Test
    void aConfidenceIsKeptToTwoDecimalsAsTheContractWritesIt() {
        assertThat(skill(0.634).confidence()).isEqualTo(0.63);
        assertThat(certificate(0.9 * 0.7).confidence()).isEqualTo(0.63);
        assertThat(project(0.995).confidence()).isEqualTo(1.0);
        assertThat(project(0.004).confidence()).isZero();
    }

    @Test
    void withConfidenceChangesOnlyTheConfidence() {
        Skill s = skill(1).withConfidence(0.4);
        assertThat(s).isEqualTo(skill(0.4));
        assertThat(s.mentions()).isEqualTo(M);
        assertThat(certificate(1).withConfidence(0.25)).isEqualTo(certificate(0.25));
        assertThat(project(0.3).withConfidence(1)).isEqualTo(project(1));
    }

    @Test
    void belowHalfAnItemIsUncertain() {
        assertThat(Confidence.uncertain(0.49)).isTrue();
        assertThat(Confidence.uncertain(Confidence.UNCERTAIN)).isFalse();
        assertThat(Confidence.uncertain(1)).isFalse();
    }
}
