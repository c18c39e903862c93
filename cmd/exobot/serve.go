package main

import (
	"context"
	"io"
)

// runDefault chats in the terminal; serving starts when a platform is
// configured (see serve).
func runDefault(ctx context.Context, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runChat(ctx, getenv, stdin, stdout, stderr)
}

func runServe(ctx context.Context, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	return usageError("serve: not built yet")
}

func runDiscord(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return usageError("discord: not built yet")
}
