//go:build linux

package e2e

import (
	"net/http"
	"time"
)

func httpStatus(url string) (int, error) {
	c := http.Client{Timeout: time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}
