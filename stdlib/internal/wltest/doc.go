// Package wltest calls built-in functions through a real engine for the
// stdlib unit tests.
package wltest
