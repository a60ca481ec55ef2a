package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"zeren/generator/serve"
	"zeren/search"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	var sf siteFlags
	var bind string
	var port int
	fs := newFlagSet("serve", "serve [-s DIR] [-d DIR] [--bind 127.0.0.1] [--port 1313]", stderr)
	sf.register(fs)
	fs.stringVar(&bind, "", "bind", "127.0.0.1", "ADDR", "监听地址 (interface to listen on)")
	fs.intVar(&port, "p", "port", 1313, "端口 (port)")
	if code := fs.parse(args); code >= 0 {
		return code
	}
	if _, code := build(sf, stdout, stderr); code != 0 {
		return code
	}
	dest := sf.dest
	if dest == "" {
		dest = filepath.Join(sf.source, "public")
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(port)))
	if err != nil {
		fmt.Fprintf(stderr, "zeren: cannot listen on %s:%d: %v; pick another --port\n", bind, port, err)
		return 1
	}
	opts, _ := sf.options() // checked by build above
	base := opts.BasePath   // from --base-path, or the path of --base-url
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	// The search API queries the Bleve index the build left in the cache.
	ix, err := search.Open(search.IndexDir(sf.cacheDir(), sf.internal))
	if err != nil {
		fmt.Fprintln(stderr, "zeren:", err)
		return 1
	}
	defer ix.Close()
	mux := http.NewServeMux()
	mux.Handle(base, serve.Handler(dest, base))
	mux.Handle(base+"api/search", ix.Handler())
	if base != "/" {
		mux.Handle("/", serve.Handler(dest, base))
		mux.Handle("/api/search", ix.Handler())
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "zeren: serving %s at http://%s%s (Ctrl+C to stop); search API at %sapi/search?q=\n", dest, ln.Addr(), base, base)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "zeren:", err)
		return 1
	}
	return 0
}
