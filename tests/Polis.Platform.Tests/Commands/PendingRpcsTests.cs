using Polis.Platform.Commands;

namespace Polis.Platform.Tests.Commands;

public sealed class PendingRpcsTests
{
    [Fact]
    public async Task TryComplete_Waiting_HandsTheAnswerOnceOnly()
    {
        var pending = new PendingRpcs();
        var answer = pending.Register("d1", 5);

        Assert.True(pending.TryComplete("d1", 5, """{"ok":1}"""));
        Assert.False(pending.TryComplete("d1", 5, """{"ok":2}"""));
        Assert.Equal("""{"ok":1}""", await answer);
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void TryComplete_OtherDeviceOrUnknownId_False()
    {
        var pending = new PendingRpcs();
        var answer = pending.Register("d1", 5);

        Assert.False(pending.TryComplete("d2", 5, "{}"));
        Assert.False(pending.TryComplete("d1", 6, "{}"));
        Assert.False(answer.IsCompleted);
        Assert.True(pending.IsPending("d1", 5));
    }

    [Fact]
    public void Forget_ThenAnswer_False()
    {
        var pending = new PendingRpcs();
        pending.Register("d1", 5);
        pending.Forget("d1", 5);

        Assert.False(pending.TryComplete("d1", 5, "{}"));
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void Register_Twice_Throws()
    {
        var pending = new PendingRpcs();
        pending.Register("d1", 5);

        Exception? error = null;
        try
        {
            pending.Register("d1", 5); // throws synchronously, before any Task exists
        }
        catch (InvalidOperationException ex)
        {
            error = ex;
        }


        Assert.IsType<InvalidOperationException>(error);
    }
}
