package org.infoshare.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesInWordsTest {

    @Test
    void seedCodesAreNamedAsTheDocumentsTheyAre() {
        assertThat(SourcesInWords.of("002 §4.2")).isEqualTo("the Supporting Families sharing agreement, section 4.2");
        assertThat(SourcesInWords.of("004 golden rule 7")).isEqualTo("the safeguarding partnership's information sharing guidance, golden rule 7");
        assertThat(SourcesInWords.of("003 'Timely'; 000 §4.1"))
                .isEqualTo("the Family Safeguarding guide to information sharing, 'Timely'; the council's Information Sharing Policy, section 4.1");
        assertThat(SourcesInWords.of("001 Q13")).isEqualTo("the government's information sharing questions and answers, question 13");
    }

    @Test
    void citationsOfTheLawAreLeftAsLawyersWriteThem() {
        assertThat(SourcesInWords.of("DPA 2018 Sch 1 para 18(3)(a)")).isEqualTo("DPA 2018 Sch 1 para 18(3)(a)");
        assertThat(SourcesInWords.of(null)).isEmpty();
    }
}
