package files

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/wlangage/wl/runtime"
)

// maxLoad bounds what one call reads into memory: 2 GB, the largest
// string WinDev handles ("taille maximale : 2 Go", Remplace 3024022).
// The run's memory limit, when the host sets one, stops it earlier.
const maxLoad = 2<<30 - 1

// chunk is how much is read or copied between two checks of the run's
// context, so that a cancelled run stops a long read promptly.
const chunk = 1 << 20

// errNotRegular is a device, a FIFO or a socket where a file is read as a
// whole: such a file may never end (/dev/zero, a FIFO with no writer).
var errNotRegular = errors.New("not a regular file")

// errTooLarge is a file over maxLoad.
var errTooLarge = errors.New("file too large")

// openRegular opens p for reading, refusing what is not a regular file
// before opening it (opening a FIFO blocks until a writer comes) and
// after (the path may have changed in between; the open does not block,
// see openNonBlock).
func (s *state) openRegular(p string) (*os.File, fs.FileInfo, error) {
	if fi, err := s.sys.Stat(p); err != nil {
		return nil, nil, err
	} else if err := regular(fi); err != nil {
		return nil, nil, err
	}
	f, err := s.sys.OpenFile(p, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err == nil {
		err = regular(fi)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

func regular(fi fs.FileInfo) error {
	switch {
	case fi.IsDir():
		return errIsDir
	case !fi.Mode().IsRegular():
		return errNotRegular
	}
	return nil
}

// readBounded reads f to its end, at most maxLoad bytes, checking ctx
// between chunks. size is the size announced by Stat, a hint only (files
// under /proc announce 0).
func readBounded(ctx context.Context, f io.Reader, size int64) ([]byte, error) {
	if size > maxLoad {
		return nil, errTooLarge
	}
	buf := make([]byte, 0, max(size+1, 512))
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			if len(buf) >= maxLoad {
				return nil, errTooLarge
			}
			buf = append(buf, 0)[:len(buf)]
		}
		room := min(cap(buf)-len(buf), chunk)
		n, err := f.Read(buf[len(buf) : len(buf)+room])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			if len(buf) > maxLoad {
				return nil, errTooLarge
			}
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ctxOf is the run's context (never nil).
func ctxOf(r *runtime.Run) context.Context {
	if ctx := r.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}

// copyBounded copies in to out chunk by chunk, checking ctx between
// chunks.
func copyBounded(ctx context.Context, out io.Writer, in io.Reader) error {
	buf := make([]byte, 64<<10)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := in.Read(buf)
		if n > 0 {
			if _, werr := out.Write(buf[:n]); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
