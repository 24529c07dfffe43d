namespace Polis.Platform.Identity;

/// <summary>
/// Serialises changes that could remove the last admin (role change, delete) within this node, so two
/// concurrent requests cannot each see "another admin remains" and both proceed.
/// </summary>
internal sealed class AdminRoleGuard : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
