namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Copies a file part to a private temporary file that is deleted when closed. Used only when an upload sends
/// its <c>file</c> part before <c>sessionID</c>: the session must be known before the handler gets the file.
/// </summary>
internal static class FileSpool
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Copies <paramref name="source"/> to a temporary file and returns it positioned at its start.</summary>
    /// <exception cref="HookpointBodyException">The source is too large or malformed; nothing is left on disk.</exception>
    public static async ValueTask<FileStream> SpoolAsync(Stream source, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = BufferSize,
            Options = FileOptions.Asynchronous | FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var path = Path.Combine(Path.GetTempPath(), $"omnidesk-hookpoint-{Guid.NewGuid():N}.tmp");
        var spool = new FileStream(path, options);
        try
        {
            await source.CopyToAsync(spool, BufferSize, cancellationToken).ConfigureAwait(false);
            await spool.FlushAsync(cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
