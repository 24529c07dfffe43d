namespace Polis.Platform.Commands;

/// <summary>The rules of a persistent command's status: which moves are allowed and when time ends it.</summary>
public static class CommandLifecycle
{
    public static bool IsTerminal(CommandStatus status) =>
        status is CommandStatus.Successful or CommandStatus.Failed or CommandStatus.Timeout or CommandStatus.Expired or CommandStatus.Cancelled;

    /// <summary>
    /// Allowed moves. Sent → queued is the one step back (a delivery that must be retried). Sent → successful
    /// skips delivered when the device subscribed at QoS 0 (no PUBACK). Queued → failed: the session refused it.
    /// </summary>
    public static bool CanMove(CommandStatus from, CommandStatus to) => (from, to) switch
    {
        (CommandStatus.Queued, CommandStatus.Sent or CommandStatus.Expired or CommandStatus.Cancelled or CommandStatus.Failed) => true,
        (CommandStatus.Sent, CommandStatus.Queued or CommandStatus.Delivered) => true,
        (CommandStatus.Sent or CommandStatus.Delivered, CommandStatus.Successful or CommandStatus.Failed or CommandStatus.Timeout or CommandStatus.Expired) => true,
        _ => false,
    };

    /// <summary>The command moved to <paramref name="to"/> at <paramref name="at"/>, with the transition to record.</summary>
    public static (PersistentCommand Updated, CommandTransition Transition) Move(PersistentCommand command, CommandStatus to, long at, string? detail = null, string? responseJson = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!CanMove(command.Status, to))
        {
            throw new InvalidOperationException($"A {command.Status} command cannot become {to}.");
        }

        var updated = command with
        {
            Status = to,
            TimeoutAt = to switch
            {
                CommandStatus.Sent => at + command.TimeoutMs,
                CommandStatus.Queued => null,
                _ => command.TimeoutAt,
            },
            ResponseJson = responseJson ?? command.ResponseJson,
            Error = to is CommandStatus.Failed or CommandStatus.Timeout or CommandStatus.Expired ? detail : command.Error,
        };
        return (updated, new CommandTransition(to, at, detail));
    }

    /// <summary>
    /// The status time gives the command at <paramref name="now"/>, or null while it may still complete.
    /// Expiry wins over timeout when both have passed: the caller's deadline is the stronger statement.
    /// </summary>
    public static CommandStatus? DueStatus(PersistentCommand command, long now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (IsTerminal(command.Status))
        {
            return null;
        }

        if (now >= command.ExpiresAt)
        {
            return CommandStatus.Expired;
        }

        return command.Status is CommandStatus.Sent or CommandStatus.Delivered && command.TimeoutAt is { } timeoutAt && now >= timeoutAt
            ? CommandStatus.Timeout
            : null;
    }
}
