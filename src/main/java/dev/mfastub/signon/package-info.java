/**
 * Sign-on policies ({@code /v1/environments/{envID}/signOnPolicies[/{id}/actions]}) and
 * applications' assignments of them
 * ({@code /v1/environments/{envID}/applications/{appID}/signOnPolicyAssignments}), as
 * PingOne's "Sign-On Policies", "Sign-On Policy Actions" and "Application Sign-On Policy
 * Assignments" pages have them: PingOne's "Single_Factor" (the default) and
 * "Multi_Factor" in every environment, {@code LOGIN} and
 * {@code MULTI_FACTOR_AUTHENTICATION} actions, and
 * {@link dev.mfastub.signon.SignOnPolicies} for the sign-on runtime. Tables
 * {@code sign_on_policies}, {@code sign_on_policy_actions},
 * {@code sign_on_policy_assignments}. It calls {@code environment}, {@code auth}'s
 * {@link dev.mfastub.auth.SignOnClients} and {@code mfa.policy}.
 */
package dev.mfastub.signon;
