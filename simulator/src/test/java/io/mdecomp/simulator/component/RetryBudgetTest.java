package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Finagle's RetryBudget: deposits per call, withdrawals per retry, over a window of about the
 * ttl (ten slices), plus a reserve of minRetriesPerSec × ttl.
 */
class RetryBudgetTest {

    @Test
    void aShareOfTheCallsOfTheWindowMayBeRetried() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(0.2, 0, 10), 0);
        for (int i = 0; i < 10; i++) {
            budget.deposit(0);
        }
        assertThat(budget.balance(0)).isEqualTo(2);
        assertThat(budget.tryWithdraw(0)).isTrue();
        assertThat(budget.tryWithdraw(0.5)).isTrue();
        assertThat(budget.tryWithdraw(0.5)).isFalse();
    }

    private static RetryBudget hundredCallsAtZero() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(0.2, 0, 10), 0);
        for (int i = 0; i < 100; i++) {
            budget.deposit(0);
        }
        return budget;
    }

    @Test
    void depositsLeaveTheWindowAfterTheTtl() {
        assertThat(hundredCallsAtZero().balance(9.5)).as("nine slices later the deposits still count").isEqualTo(20);
        RetryBudget budget = hundredCallsAtZero();
        assertThat(budget.balance(10)).as("ten slices later they are gone").isZero();
        assertThat(budget.tryWithdraw(10)).isFalse();
        for (int i = 0; i < 5; i++) {
            budget.deposit(10.2);
        }
        assertThat(budget.tryWithdraw(10.2)).isTrue();
        assertThat(budget.tryWithdraw(10.2)).isFalse();
    }

    @Test
    void theReserveAllowsMinRetriesPerSecondOverTheTtlAndRefillsAsWithdrawalsLeave() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(0, 10, 10), 0);
        int allowed = 0;
        while (budget.tryWithdraw(0)) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(100);
        assertThat(budget.tryWithdraw(9.5)).isFalse();
        assertThat(budget.balance(10.5)).isEqualTo(100);
    }

    @Test
    void withNeitherShareNorReserveNothingIsRetried() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(0, 0, 10), 0);
        budget.deposit(0);
        assertThat(budget.tryWithdraw(0)).isFalse();
    }

    /** Finagle's integer cost: a retry at 30% withdraws (int) (1000 / 0.3) = 3333 tokens. */
    @Test
    void aRetryCostsTheWholeTokensFinagleComputes() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(0.3, 0, 10), 0);
        for (int i = 0; i < 10; i++) {
            budget.deposit(0);
        }
        assertThat(budget.balance(0)).as("10,000 tokens / 3,333").isEqualTo(3);
    }
}
