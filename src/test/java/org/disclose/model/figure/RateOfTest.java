package org.disclose.model.figure;

import static org.disclose.model.figure.Declared.custom;
import static org.disclose.model.figure.Declared.figure;
import static org.disclose.model.figure.StandardFigure.CLOSURE_RATE;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_ASSIGNED;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_CLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rate is part ÷ whole at its printed precision, rounded as its source rounds. */
class RateOfTest {

    private static final Figure ASSIGNED = figure(COMPLAINTS_ASSIGNED, "4704");
    private static final Figure CLOSED = figure(COMPLAINTS_CLOSED, "4593");

    private static Optional<FigureFinding> rate(Figure rate, Figure part, Figure whole) {
        return new RateOf(rate, part, whole).check();
    }

    private static String message(Optional<FigureFinding> finding) {
        return finding.orElseThrow().message();
    }

    @Test
    void theSeedsClosureRateAgreesAtItsPrintedPrecision() {
        // 督察交办的4704个群众投诉举报案件,已结案销号4593个,结案销号率97.64%
        Figure assigned = ASSIGNED.withUnit(FigureUnit.PIECE);
        Figure closed = CLOSED.withLabel("已结案销号").withUnit(FigureUnit.PIECE);
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "97.64").withLabel("结案销号率"), closed, assigned));
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "97.6"), closed, assigned));
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "98"), closed, assigned));
    }

    @Test
    void aWrongRateIsReportedAtTheRateNamingItsPartAndWhole() {
        Figure wrong = figure(CLOSURE_RATE, "97.65");
        Optional<FigureFinding> finding = rate(wrong, CLOSED, ASSIGNED);
        assertEquals("办结率 97.65% does not agree with 已办结 4593件 ÷ 交办 4704件 = 97.64% (half-up to 2 decimals)",
                message(finding));
        assertEquals(wrong.pos(), finding.orElseThrow().pos());
        assertEquals(List.of(CLOSED, ASSIGNED), finding.orElseThrow().disagreesWith());
    }

    @Test
    void trailingZerosArePrecision() {
        // 4593 ÷ 4704 = 97.6403…: 97.60 claims a precision the figures do not give.
        assertEquals("办结率 97.60% does not agree with 已办结 4593件 ÷ 交办 4704件 = 97.64% (half-up to 2 decimals)",
                message(rate(figure(CLOSURE_RATE, "97.60"), CLOSED, ASSIGNED)));
    }

    @Test
    void halfUpUnlessTheSourceTruncates() {
        // 2 ÷ 3 = 66.666…%: 66.67 half-up, 66.66 truncated.
        Figure two = figure(COMPLAINTS_CLOSED, "2");
        Figure three = figure(COMPLAINTS_ASSIGNED, "3");
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "66.67"), two, three));
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "66.66").withRounding(Rounding.TRUNCATED), two,
                three));
        assertEquals("办结率 66.66% does not agree with 已办结 2件 ÷ 交办 3件 = 66.67% (half-up to 2 decimals)",
                message(rate(figure(CLOSURE_RATE, "66.66"), two, three)));
        assertEquals("办结率 66.67% does not agree with 已办结 2件 ÷ 交办 3件 = 66.66% (truncated to 2 decimals)",
                message(rate(figure(CLOSURE_RATE, "66.67").withRounding(Rounding.TRUNCATED), two, three)));
    }

    @Test
    void aRateOfMoneyConvertsYuanToTenThousandYuan() {
        // A typical case: 120万元 of a 4000万元 fund paid, 3.0%; the same when the payment is given in 元.
        Figure fund = custom("fund", "专项资金", "4000", FigureUnit.TEN_THOUSAND_YUAN);
        Figure paid = custom("paid", "已拨付", "120", FigureUnit.TEN_THOUSAND_YUAN);
        Figure paidYuan = custom("paid", "已拨付", "1200000", FigureUnit.YUAN);
        assertEquals(Optional.empty(), rate(custom("paidRate", "拨付率", "3.0", FigureUnit.PERCENT), paid, fund));
        assertEquals(Optional.empty(), rate(custom("paidRate", "拨付率", "3.0", FigureUnit.PERCENT), paidYuan, fund));
        assertEquals("拨付率 3.5% does not agree with 已拨付 1200000元 ÷ 专项资金 4000万元 = 3.0% (half-up to 1 decimal)",
                message(rate(custom("paidRate", "拨付率", "3.5", FigureUnit.PERCENT), paidYuan, fund)));
    }

    @Test
    void aRateAtLeastAFigureIsABound() {
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "95", Qualifier.AT_LEAST), CLOSED, ASSIGNED));
        assertEquals("办结率 97.7%以上 does not agree with 已办结 4593件 ÷ 交办 4704件 = 97.6% (half-up to 1 decimal)",
                message(rate(figure(CLOSURE_RATE, "97.7", Qualifier.AT_LEAST), CLOSED, ASSIGNED)));
    }

    @Test
    void aHedgedPartLeavesTheRateARange() {
        Figure overClosed = figure(COMPLAINTS_CLOSED, "4600", Qualifier.OVER);
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "98.50"), overClosed, ASSIGNED));
        assertEquals("办结率 97.64% does not agree with 已办结 超过4600件 ÷ 交办 4704件 = at least 97.79% "
                + "(half-up to 2 decimals)", message(rate(figure(CLOSURE_RATE, "97.64"), overClosed, ASSIGNED)));
    }

    @Test
    void anAboutFigureNeverMakesARateFail() {
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "50"), figure(COMPLAINTS_CLOSED, "4593",
                Qualifier.ABOUT), ASSIGNED));
        assertEquals(Optional.empty(), rate(figure(CLOSURE_RATE, "50", Qualifier.ABOUT), CLOSED, ASSIGNED));
    }

    @Test
    void nothingAssignedHasNoRate() {
        assertEquals("办结率 100% cannot be a rate of 交办 0件",
                message(rate(figure(CLOSURE_RATE, "100"), figure(COMPLAINTS_CLOSED, "0"),
                        figure(COMPLAINTS_ASSIGNED, "0"))));
    }

    @Test
    void aRateIsInPercent() {
        Figure notPercent = figure(CLOSURE_RATE, "97.64").withUnit(FigureUnit.ITEM);
        assertEquals("办结率 97.64件 is a rate of 已办结 4593件 ÷ 交办 4704件, but is not in %",
                message(rate(notPercent, CLOSED, ASSIGNED)));
    }
}
