/**
 * The Focus CDK app: every AWS resource of one stage, built from {@link dev.focus.resources.FocusResources}
 * and nothing else. Stacks: {@link dev.focus.infra.DataStack} (table, VPC, Aurora, RDS Proxy),
 * {@link dev.focus.infra.AsyncStack} (queues and dead-letter queues), {@link dev.focus.infra.EmailStack}
 * (SES), {@link dev.focus.infra.ApiStack} (functions, HTTP and WebSocket APIs, event sources) and
 * {@link dev.focus.infra.ObservabilityStack} (alarms, dashboard). {@link dev.focus.infra.FocusApp} is the
 * entry point; {@link dev.focus.infra.FocusCloud} wires the stacks for the app and the tests.
 */
package dev.focus.infra;
