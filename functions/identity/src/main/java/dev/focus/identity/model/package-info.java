/** The identity domain: accounts, their credentials and the rules about them. Plain Java, no framework. */
package dev.focus.identity.model;
