package model_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docker-git/docker-git-tui/model"
)

// Pastes as people post them: the error statement wrapped in advice, log
// prefixes, prompts and other errors. Each case checks the whole list of
// kinds, in order, not only the first.
func TestClassifyTextStatementsNotAdvice(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []model.Kind
	}{
		{"a daemon answering docker -H at another endpoint than the tool's pipe",
			"err=error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/_ping: open //./pipe/docker_engine: The system cannot find the file specified.\n" +
				"docker -H localhost:2375 info\nContainers: 13\nServer Version: 18.06.0-ce",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		// Compose v1's and the old CLI's message names no reason; the
		// writer telling that the command fails unless sudo leads it does.
		{"Compose v1 that works only under sudo, as the writer tells",
			"$ docker-compose run network python3 quick_start.py\nERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?\n\nI just needed to run sudo in front of the command!",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"the old CLI unless sudo leads it",
			"I have to put the sudo before the command else way I get this error:\n`Error: Cannot connect to the Docker daemon. Is the docker daemon running on this host?`",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"a failure told as what happens without sudo",
			"If I do not prefix docker-compose with sudo, it returns:\nERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?",
			[]model.Kind{model.KindSudoFallbackOnly}},
		// A maintainer's list of the causes a message may have supposes them.
		{"a list of possible causes below the quoted error",
			"docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))\n\n" +
				"This usually means that the system cannot find the Docker socket, which can happen for a few reasons:\n\n- Docker is not installed on your system.\n- Docker is installed but not running.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a shell's remembered path to a docker-compose that is gone",
			"Whenever I ran `docker-compose --version`, it returned `-bash: /usr/bin/docker-compose: No such file or directory`.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"docker missing on the host an ssh command line runs it on",
			"bash: docker: command not found\nError: ssh failed\nssh -o BatchMode=yes root@104.236.188.53 'docker pull rocker/rstudio'",
			[]model.Kind{model.KindRemoteDockerMissing}},
		{"plain docker info answering while a tool fails",
			"panic: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n`docker info`:\n```\nContainers: 3\nServer Version: 17.10.0-ce\n```",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"the system's docker.service running while the client dials Docker Desktop's socket",
			"$ docker version\nCannot connect to the Docker daemon at unix:///home/ada/.docker/desktop/docker.sock. Is the docker daemon running?\n$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n     Active: active (running) since Mon 2023-10-16 14:10:14 EDT; 2min 6s ago",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"the system's docker.service running while the default socket fails is no other socket",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n● docker.service - Docker Application Container Engine\n     Active: active (running) since Mon 2023-10-16 14:10:14 EDT; 2min 6s ago",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's proxy answering 500 for an engine that timed out",
			"requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: http+docker://localnpipe/version\ndocker.errors.APIError: 500 Server Error: Internal Server Error (\"b'i/o timeout'\")",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"a local socket's request closed without an answer",
			`Failed to refresh Docker: Get "http://docker/containers/json?all=true": EOF`,
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"docker-machine unable to create the VM without VT-x",
			"$ docker-machine create --driver virtualbox default\nRunning pre-create checks...\nError with pre-create check: \"This computer doesn't have VT-X/AMD-v enabled. Enabling it in the BIOS is mandatory\"",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-machine's VM stopped",
			"`docker-machine env`, `docker-machine rm default` both fail with Error checking TLS connection: Host is not running.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-machine's server.pem missing",
			"I receive the following error when I start the Docker Quickstart Terminal.\nopen /Users/ada/.docker/machine/machines/default/server.pem: no such file or directory",
			[]model.Kind{model.KindTLSError}},
		{"a node tool missing the machine's ca.pem",
			"This is what I get now when firing up Kitematic\nENOENT: no such file or directory, open '/Users/ada/.docker/machine/machines/default/ca.pem'",
			[]model.Kind{model.KindTLSError}},
		{"dockerd logging a client's failed handshake",
			"Jan 27 02:59:20 pi dockerd[50958]: http: TLS handshake error from 192.168.2.3:50236: tls: client didn't provide a certificate",
			[]model.Kind{model.KindTLSError}},
		{"a tool's own word that it could not reach the daemon",
			"Error connecting to docker daemon (does docker ps work?)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"sudo docker run whose container's client is newer than the daemon is no fallback",
			"$ sudo docker run --rm -v /var/run/docker.sock:/var/run/docker.sock spotify/docker-gc\nError response from daemon: client is newer than server (client API version: 1.24, server API version: 1.22)",
			[]model.Kind{model.KindAPIVersionMismatch}},
		{"a pull through the docker CLI completing before a tool fails at the default socket",
			"Handler not available locally. Trying to pull 'ubuntu:latest'...\nlatest: Pulling from library/ubuntu\nDigest: sha256:dfd64a3b4296d8c9b62aa3309984f8620b98d87e47492599ee20739e8eb54fbf\nStatus: Image is up to date for ubuntu:latest\ncannot fetch image\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"a pull that stopped at the daemon is no working CLI",
			"latest: Pulling from library/ubuntu\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a watcher that cannot verify its daemons' TLS chain",
			"Error when trying to get the list of the containers to watch (unable to get issuer certificate)\nunable to get issuer certificate (err.code=UNABLE_TO_GET_ISSUER_CERT)\nsudo docker --tlsverify -H=192.168.0.116:2376 version",
			[]model.Kind{model.KindTLSError}},
		{"docker found only when sudo leads it",
			"Because anytime I run:\ndocker ps -a\nthe docker can't be found unless I add 'sudo' to the command",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"pre-commit's own word that Docker is not running",
			"hadolint....An unexpected error has occurred: AssertionError: Docker is either not running or not configured in this environment",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"containerd's gRPC socket given to an HTTP client is no TLS failure",
			`dockergen.1 | 2016/08/11 14:52:09 Error retrieving docker server info: Get http://unix.sock/info: malformed HTTP response "\x00\x00\x00\x04\x00\x00"`,
			[]model.Kind{model.KindUnknown}},
		{"Docker Desktop's Hyper-V VM failing to start",
			"Unable to start Hyper-V VM: 'DockerDesktopVM' failed to start. (Virtual machine ID FCC66791)\nat Start-MobyLinuxVM, <No file>: line 688",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop unable to deploy its WSL distro",
			`ensuring main distro is deployed: checking if main distro is up to date: open \\wsl$\docker-desktop\etc\wsl_bootstrap_version: The network name cannot be found.`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's own status that it stopped",
			`docker-desktop displays the message "Docker Desktop stopped" and it seems like most options are unusable.`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a refusal at an endpoint with two schemes is the endpoint's fault",
			"permission denied while trying to connect to the Docker daemon socket at unix://tcp://172.17.0.1:2375",
			[]model.Kind{model.KindEndpointInvalid}},
		{"Meteor Up's ssh login refused while setting Docker up",
			"[138.197.207.118] - Setup Docker\nError: All configured authentication methods failed\n    at tryNextAuth (/usr/local/lib/node_modules/mup/node_modules/nodemiral/node_modules/ssh2/lib/client.js:290:17)",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"a bats log line quoting the CLI's error after a '#'",
			`# Command "docker -H 127.0.0.1:5270 info" failed 15 times. Output: Cannot connect to the Docker daemon at tcp://127.0.0.1:5270. Is the docker daemon running?`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a plain docker ps at a prompt with a git branch, beside a tool that fails",
			"* module.docker1.provider.docker: Error pinging Docker server: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n" +
				"david@ZIENA:~/projects/cosmic-swingset (master)$ docker ps\nCONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"a panel that cannot ping the daemon",
			"2023/09/05 17:16:33 [ERROR] Docker Connection - Cannot ping Daemon. Is it running? :",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool's image without a docker client",
			"Fetching image... (this can take a while with large images)\ncannot fetch image: cannot find docker client executable",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"TLS material that is no PEM",
			"testcontainers DEBUG Testing Docker client strategy URI: tcp://docker:2376\ntestcontainers WARN  Docker daemon is not reachable: Error: error:0480006C:PEM routines::no start line",
			[]model.Kind{model.KindTLSError}},
		{"a Gradle plugin's repository name is no installed Compose plugin",
			"Hi, having something similar to https://github.com/avast/gradle-docker-compose-plugin/issues/414\n> Task :testComposeBuild FAILED\nunknown shorthand flag: 'p' in -p\nSee 'docker --help'.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a start script that requires docker-compose",
			"root@umbrel:~# cd ~/umbrel/scripts && bash start\nThis script requires \"docker-compose\" to be installed",
			[]model.Kind{model.KindComposePluginMissing}},
		{"plain docker ps at a ⇒ prompt, beside a tool that cannot connect",
			"Error connecting to docker daemon (does docker ps work?)\ndocker-bench-security|master ⇒ docker ps\nCONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"an editor extension's TLS alert from the daemon",
			"The extension won't show the containers of my docker context.\nIt show the error `Error: write EPROTO ... SSLV3_ALERT_BAD_CERTIFICATE ...`",
			[]model.Kind{model.KindTLSError}},
		{"Eclipse failing to ping the daemon",
			"!MESSAGE Failed to ping the Docker daemon for connection 'unix:///var/run/docker.sock'",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Windows' PATH without docker.exe",
			`exec: "docker.exe": executable file not found in %PATH%`,
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Quarkus finding no docker binary",
			"[WARNING] [io.quarkus.container.image.docker.deployment.DockerWorking] No Docker binary found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"a build's own script named docker is no docker CLI",
			"/bin/bash: C:/users/max/_bazel_max/x72jrr46/execroot/starter/bazel-out/x64_windows-fastbuild/bin/App/docker: No such file or directory",
			[]model.Kind{model.KindUnknown}},
		{"bash's remembered docker that is gone",
			"/bin/bash: /usr/bin/docker: No such file or directory",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"an IDE that cannot run docker-compose",
			`Failed to deploy 'Compose:  docker-compose.yml': Cannot run program "docker-compose" (in directory "D:\project"): CreateProcess error=2, The system cannot find the file specified`,
			[]model.Kind{model.KindComposePluginMissing}},
		{"VS Code's request to the daemon timing out",
			"Failed to connect. Is Docker running? Error: Request timed out",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"a daemon's CA unknown to the client, in the writer's words",
			"I would get an \"unknown certificate authority\" error when testing with\nsudo docker --tlsverify --tlscacert=ca.pem --tlscert=cert.pem --tlskey=key.pem -H=$HOST:2376 version",
			[]model.Kind{model.KindTLSError}},
		{"a refused connect at an endpoint with two schemes is the endpoint's fault",
			"Cannot connect to the Docker daemon at unix://tcp://localhost:2375. Is the docker daemon running?",
			[]model.Kind{model.KindEndpointInvalid}},
		{"docker's own run failing after a pull it completed is no other endpoint",
			"latest: Pulling from library/ubuntu\nDigest: sha256:dfd64a3b4296d8c9b62aa3309984f8620b98d87e47492599ee20739e8eb54fbf\nStatus: Downloaded newer image for ubuntu:latest\ndocker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"sudo docker pull that failed too is no fallback",
			"$ sudo docker pull nginx\nUsing default tag: latest\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"sudo docker logs printing the log beside a refused socket",
			"$ docker logs web\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: dial unix /var/run/docker.sock: connect: permission denied\n" +
				"$ sudo docker logs web\nListening on port 8080",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"sudo docker logs printing the log after sudo's password prompt",
			"$ docker logs web\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: dial unix /var/run/docker.sock: connect: permission denied\n" +
				"$ sudo docker logs web\n[sudo] password for u:\nListening on port 8080",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"sudo refusing the command is no sudo fallback",
			"$ docker logs web\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: dial unix /var/run/docker.sock: connect: permission denied\n" +
				"$ sudo docker logs web\nsudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"groups at a user's prompt lacking the group /etc/group gives that user",
			"pi@pi-hole:~ $ groups\npi adm sudo\npi@pi-hole:~ $ grep docker /etc/group\ndocker:x:995:pi",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"groups of a new login (su) of the same user holding the group the session lacks",
			"[lml@head1 lml]$ groups\nadmin\n[lml@head1 lml]$ su lml\nPassword: \n[lml@head1 lml]$ groups\nadmin docker",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"docker-machine's active machine is no other endpoint of the failing one",
			"output  : Job for docker.service failed because the control process exited with error code. See \"systemctl status docker.service\" and \"journalctl -xe\" for details.\n" +
				"NAME               ACTIVE   DRIVER   STATE     URL                        SWARM   DOCKER        ERRORS\n" +
				"be                 *        azure    Running   tcp://23.97.199.23:2376            v18.02.0-ce\n" +
				"be1-swarm-master   -        azure    Running   tcp://52.174.194.24:2376           Unknown       Unable to query docker version: Cannot connect to the docker engine endpoint",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a sudo command's output ends where the next docker command starts, prompt or not",
			"sudo docker run hello-world\n[sudo] password for u:\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n\n" +
				"docker run -it ubuntu bash\ndocker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.38/containers/create: dial unix /var/run/docker.sock: connect: permission denied.",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"containerd's ctr version is no docker CLI answering",
			"$ ctr version\nClient:\n  Version:  v1.7.2\n\nServer:\n  Version:  v1.7.2\n  Revision: 0cae528dd6cb557f7201036e9f43420650207b58\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker info's Docker Desktop address beside a client refused at the default socket",
			"Error in the hyper legacy client: client error (Connect)\nDocker socket found at /var/run/docker.sock but the daemon is not responding.\n\nThis is visible in `docker info` output:\ncom.docker.desktop.address=unix:///Users/ada/Library/Containers/com.docker.docker/Data/docker-cli.sock",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"cmd's wording as a user retyped it",
			"error \"docker is not a internal or external command\"",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"cmd's wording for Compose v1, retyped",
			"docker-compose is not recognized as a internal or external commands",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a health check naming the Docker endpoint invalid",
			`{"component": "docker", "reason": "failed to connect to Docker daemon: invalid endpoint"}`,
			[]model.Kind{model.KindEndpointInvalid}},
		{"a session's id in a Chinese locale lacking the group its id shows after newgrp",
			"$ id\nuid=1000(xxx) gid=1000(xxx) 组=1000(xxx)\n$ newgrp docker\n$ id\nuid=1000(xxx) gid=1000(xxx) 组=1000(xxx),1001(docker)",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"Ubuntu's command-not-found for docker",
			"$ docker\nThe program 'docker' is currently not installed. You can install it by typing:\nsudo apt install docker.io",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"minikube's warning of a missing context gives way to the refused daemon",
			`W1221 23:38:19.646481    1948 main.go:291] Unable to resolve the current Docker CLI context "default": context "default": context not found: open C:\Users\u\.docker\contexts\meta\37a8\meta.json: The system cannot find the path specified.` + "\n" +
				"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-git permission headline with advice naming the API URL",
			"Host Docker socket rejected this user (socket permission mismatch, not a docker-git outage).\n" +
				"Runtime contract: docker-git is host-Docker-backed.\n" +
				"Direct probe: exit=1; permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n" +
				"Sudo probe: exit=1; sudo: a password is required\n" +
				"Hint: if you run the controller elsewhere, set DOCKER_GIT_API_URL=http://127.0.0.1:3334",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"minikube advice mentions newgrp",
			"X Exiting due to PROVIDER_DOCKER_NEWGRP: \"docker version --format -\" exit status 1: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version\": dial unix /var/run/docker.sock: connect: permission denied\n" +
				"* Suggestion: Add your user to the 'docker' group: 'sudo usermod -aG docker $USER && newgrp docker'",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"sudo works per docker-git's sudo probe",
			"Host Docker socket rejected this user (socket permission mismatch, not a docker-git outage).\n" +
				"Direct probe: exit=1; permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n" +
				"Sudo probe: exit=0; Client: Docker Engine - Community",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"daemon-not-reachable headline refined by its direct probe",
			"Host Docker daemon is not reachable from this user (daemon down or wrong DOCKER_HOST).\n" +
				"Direct probe: exit=1; Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n" +
				"Sudo probe: skipped",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"permission then a failed compose",
			"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock\n" +
				"docker: 'compose' is not a docker command.\nSee 'docker --help'",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindComposePluginMissing}},
		{"port of docker-git's API taken",
			"Failed to start docker-git controller.\nError response from daemon: driver failed programming external connectivity on endpoint docker-git-api: Bind for 127.0.0.1:3334 failed: port is already allocated",
			[]model.Kind{model.KindControllerPortTaken}},
		{"group listed in the database but not in the session",
			"$ id\nuid=1000(ada) gid=1000(ada) groups=1000(ada),27(sudo)\n$ getent group docker\ndocker:x:998:ada\n$ docker ps\n" +
				"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"numbered steps after an action plan are advice",
			"Cannot connect to Docker daemon.\nAction plan:\n  1. Start Docker: sudo systemctl start docker\n  2. Fix permissions: newgrp docker\n  3. Point at the controller: DOCKER_GIT_API_URL=http://localhost:3334\n" +
				"Details: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a session without the group, proven by newgrp",
			"[ada@box ~]$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock\n" +
				"[ada@box ~]$ id\nuid=1000(ada) gid=1000(ada) groups=1000(ada),10(wheel)\n[ada@box ~]$ newgrp docker\n[ada@box ~]$ id\n" +
				"uid=1000(ada) gid=990(docker) groups=990(docker),10(wheel),1000(ada)",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"groups against groups USER",
			"me@vps:~$ groups\nme sudo\nme@vps:~$ groups me\nme : me sudo docker",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"a statement wrapped by the terminal",
			"permission denied while trying to\nconnect to the Docker daemon socket at unix:///var/run/docker.sock:",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"markdown emphasis inside the statement",
			"\"Error response from daemon: **client version 1.40** is too new. Maximum supported **API version is 1.39**\"",
			[]model.Kind{model.KindAPIVersionMismatch}},
		{"docker ps works while a tool cannot reach the default socket",
			"error: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"docker's restarting message for docker-git's controller",
			"$ docker exec docker-git-api sh\nError response from daemon: Container 3f2a9c docker-git-api is restarting, wait until the container is running",
			[]model.Kind{model.KindControllerRestarting}},
		{"zsh without the docker-git command",
			"$ docker-git ps\nzsh: command not found: docker-git",
			[]model.Kind{model.KindDockerGitCLIMissing}},
		{"sudo answering shows the daemon up behind an old client's generic cannot-connect",
			"$ docker ps\nCannot connect to the Docker daemon. Is the docker daemon running on this host?\n$ sudo docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"the modern message names an endpoint: sudo may use another",
			"$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ sudo docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindDaemonUnreachable, model.KindSudoFallbackOnly}},
		{"text copied from a web page: entities, typographic quotes, no-break spaces",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get &quot;http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info&quot;: dial\u00a0unix /var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"a quoted reply keeps its prompts",
			"> $ sudo docker ps\n> CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n> $ docker ps\n> permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"a statement hard-wrapped over three lines",
			"error during connect: Get \"http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version\": open\n//./pipe/docker_engine: The system cannot find the file specified. In the default daemon\nconfiguration on Windows, the docker client must be run elevated to connect.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the current context serves another socket than the failing one",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n$ docker context ls\n" +
				"NAME       TYPE   DESCRIPTION                               DOCKER ENDPOINT\n" +
				"colima *  moby   colima                                    unix:///Users/ada/.colima/default/docker.sock\n" +
				"default   moby   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"the current context is the failing one",
			"Cannot connect to the Docker daemon at unix:///Users/ada/.colima/default/docker.sock. Is the docker daemon running?\n$ docker context ls\n" +
				"NAME       TYPE   DESCRIPTION   DOCKER ENDPOINT\n" +
				"colima *  moby   colima        unix:///Users/ada/.colima/default/docker.sock",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a daemon process listening on tcp only",
			"FATA[0000] Cannot connect to the Docker daemon. Is 'docker -d' running on this host?\n$ ps -ef | grep docker\n" +
				"root 25821 1 6 09:33 ? 00:00:02 /usr/bin/docker -d --selinux-enabled -H tcp://0.0.0.0:2376",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"sudo reaching the daemon, whatever the daemon answers",
			"$ docker start cnc\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock\n$ sudo docker start cnc\nError response from daemon: No such container: cnc",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"any flag docker rejects after docker compose",
			"$ docker compose --env-file config.env up\nunknown flag: --env-file\nSee 'docker --help'.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a bare errno from a unix-socket client",
			"Caused by: java.io.IOException: No such file or directory\n\tat jnr.unixsocket.UnixSocketChannel.doConnect(UnixSocketChannel.java:127)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"bash in German without docker",
			"$ docker ps\nbash: docker: Befehl nicht gefunden.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"PowerShell in Russian without docker",
			"docker : Имя \"docker\" не распознано как имя командлета, функции, файла сценария или выполняемой программы.\n    + CategoryInfo          : ObjectNotFound: (docker:String) [], CommandNotFoundException",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"PowerShell in French without docker-git",
			"docker-git : Le terme «docker-git» n'est pas reconnu comme nom d'applet de commande, fonction, fichier de script ou programme exécutable.",
			[]model.Kind{model.KindDockerGitCLIMissing}},
		{"an access failure before the controller failure it causes",
			"Failed to start docker-git controller.\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable, model.KindControllerNotRunning}}, {"dockerd's own start-up failure",
			"$ sudo dockerd\nfailed to start daemon: error initializing graphdriver: driver not supported: overlay2",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a refused connection to the Docker URL a tool was given, on a port of its own",
			"Docker URL : tcp://127.0.0.1:4243\norg.apache.http.conn.HttpHostConnectException: Connect to 127.0.0.1:4243 [/127.0.0.1] failed: Connection refused",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an ssh:// endpoint given to a client that speaks only tcp",
			"Error: error during connect: Post http://alex%40192.168.1.7/v1.39/images/create: dial tcp: lookup alex@192.168.1.7: no such host",
			[]model.Kind{model.KindEndpointInvalid}},
		{"docker-py given a socket path without unix://",
			"docker.errors.DockerException: Bind address needs a port: /var/run/dind/docker.sock",
			[]model.Kind{model.KindEndpointInvalid}},
		{"requests over a unix socket aborted with ENOENT, no docker word",
			"requests.exceptions.ConnectionError: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a split read timeout (a line starting with Read is no advice)",
			"UnixHTTPConnectionPool(host='localhost', port=None):\nRead timed out. (read timeout=60)",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"jna's errno in another locale",
			"Caused by: java.io.IOException: com.sun.jna.LastErrorException: [2] Datei oder Verzeichnis nicht gefunden\n\tat org.testcontainers.dockerclient.transport.okhttp.UnixSocketFactory.createSocket(UnixSocketFactory.java:27)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"pywin32 denied Docker's named pipe",
			"DockerException(\"Error while fetching server API version: (5, 'CreateFile', 'Access is denied.')\")",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"sudo noted as working in a shell comment",
			"$ docker ps\npermission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n$ sudo docker ps   # works",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"sudo docker-compose printing its services' logs",
			"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json\": dial unix /var/run/docker.sock: connect: permission denied\n" +
				"user@host:~/dify/docker$ sudo docker-compose logs\ndocker-db-1  | PostgreSQL Database directory appears to contain a database; Skipping initialization",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"a tool's prose that Docker is unreachable",
			"Build Failed\nError: Docker is unreachable. Docker needs to be running to build inside a container.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the paste's own words that it works as root drop a generic cannot-connect",
			"Error: Failed to connect to Docker daemon. Is Docker running?\nedit: It starts fine when running as a super user",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"a context's endpoint printed by docker context inspect",
			"$ docker context inspect colima -f \"{{.Endpoints.docker.Host}}\"\nunix:///Users/dick/.colima/docker.sock\n$ act\n" +
				"Error: unable to determine if image already exists: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"a step quoting the message it ended with",
			"Run \"ddev start\" in an existing project and the message \"docker-compose does not appear to be installed\"",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a Node client's default localhost:80 when its host option was not understood",
			"const docker = new Docker({ host: `tcp://10.0.0.5:2375` });\nconnect ECONNREFUSED ::1:80",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"testcontainers-node listing images refused",
			"testcontainers ERROR Failed to list images: Error: connect ECONNREFUSED 127.0.0.1:80",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a step that shows the errno is a statement",
			"2. Try opening docker images explorer in vscode\nSee notification stating: `connect ENOENT /var/run/docker.sock`:",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an ssh:// URL dialled as a socket path",
			"Could not load Docker containers: Error: connect ENOENT ssh://mike@10.0.0.7",
			[]model.Kind{model.KindEndpointInvalid}},
		{"an ssh:// DOCKER_HOST's host looked up by a client without ssh",
			"$ export DOCKER_HOST=\"ssh://vb1\"\n$ lazydocker\nerror during connect: Get \"http://vb1/v1.25/images/json\": dial tcp: lookup vb1: no such host",
			[]model.Kind{model.KindEndpointInvalid}},
		{"node's spawnSync of docker",
			"Error: spawnSync docker ENOENT\n    at Object.spawnSync (node:internal/child_process:1110:20)",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Spring Boot's docker process",
			"org.springframework.boot.docker.compose.core.DockerProcessStartException: Unable to start docker process. Is docker correctly installed?",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"fabric8's plugin finding no endpoint",
			"[ERROR] Failed to execute goal io.fabric8:docker-maven-plugin:0.39.1:build failed: No <dockerHost> given, no DOCKER_HOST environment variable, no read/writable '/var/run/docker.sock' or '//./pipe/docker_engine' and no external provider like Docker machine configured",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"fabric8's plugin denied the socket",
			"Cannot create docker access object: Cannot extract API version from server unix://127.0.0.1:1: Permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"a supposition that docker is not installed is no evidence; the strategy's root cause is",
			"Currently, when docker is not installed, devservices fail with the following error :\n" +
				"NpipeSocketClientProviderStrategy: failed with exception TimeoutException (Timeout waiting for result with exception). Root cause NoSuchFileException (\\\\.\\pipe\\docker_engine)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Compose v1 missing, said by the tool that needs it",
			"ImportError: 'docker-compose' is not installed. Local Mode features will not work without docker-compose.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Kamal's ssh login refused",
			"$ kamal setup\n  ERROR (Net::SSH::AuthenticationFailed): Exception while executing on host 161.0.0.1: Authentication failed for user root@161.0.0.1",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"a line only its first word made advice still shows its precise error",
			"Steps to reproduce\nRun the installer and see: dial unix /var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"OpenWrt's dockerman asking for the socket it cannot find",
			"最新版本openwrt 启动docker守护程序提示 Please input the SOCKET PATH of docker daemon! 都是默认配置",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"cannot written as two words",
			"Can NOT connect to docker daemon, please check!!",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"prose in Chinese that the socket refused for lack of permission",
			"直接执行 docker run hello-world 错误，提示没有权限链接 unix socket",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"pre-commit's executable not found",
			"- hook id: shellcheck\n- exit code: 1\n\nExecutable `docker` not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"docker rejecting Compose's -f, the only line a script's user pasted",
			"Get this when running `sh ./run.sh prod up`:\nunknown shorthand flag: 'f' in -f",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a Java HTTP client refused at Docker's port",
			"Execution failed for task ':app:buildDockerImage'. > HttpHostConnectException: Connect to 127.0.0.1:2375 [/127.0.0.1] failed: Connection re",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Aspire finding the runtime but no daemon",
			"It shows 'Container runtime 'docker' was found but appears to be unhealthy.'",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Pulumi's provider finding no daemon",
			"error: Docker native provider returned an unexpected error from Configure: failed to connect to any docker daemon",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Kamal running docker on a host without it",
			"  ERROR (SSHKit::Command::Failed): docker exit status: 32512\ndocker stdout: Nothing written\ndocker stderr: sh: docker: command not found",
			[]model.Kind{model.KindRemoteDockerMissing}},
		{"docker-java's TLS set-up failing",
			"com.github.dockerjava.api.exception.DockerClientException: Certificate path (DOCKER_CERT_PATH) '/var/lib/jenkins/.docker/certs' doesn't exist. (DockerClientConfig.java:112)",
			[]model.Kind{model.KindTLSError}},
		{"prose about pulling configuration is no image pull",
			"The script is pulling configuration from DOCKER_CERT_PATH, DOCKER_HOST and DOCKER_TLS_VERIFY.\n{ [Error: self signed certificate in certificate chain] code: 'SELF_SIGNED_CERT_IN_CHAIN' }",
			[]model.Kind{model.KindTLSError}},
		{"docker working in a root shell that sudo su opened",
			"vagrant@vagrant:~$ docker images\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/images/json: dial unix /var/run/docker.sock: connect: permission denied\n" +
				"vagrant@vagrant:~$ sudo su\nroot@vagrant:/home/vagrant# docker images\nREPOSITORY          TAG                 IMAGE ID            CREATED             SIZE",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"Vagrant's docker provider not finding docker",
			"The executable 'docker' Vagrant is trying to run was not\nfound in the %PATH% variable. This is an error.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"minikube's reason code for no docker",
			"PROVIDER_DOCKER_NOT_FOUND: The 'docker' provider was not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"old docker-py's socket error through Salt",
			"CommandExecutionError: Unable to perform version: ('Connection aborted.', error(2, 'No such file or directory'))",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-py's permission error quoted in YAML",
			"msg: 'Error connecting: Error while fetching server API version: (''Connection aborted.'', PermissionError(13, ''Permission denied''))'",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"an error quoted in a shell comment under its command",
			"```bash\ndocker ps\n# Error: permission denied while trying to connect to the Docker daemon socket\n```",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"docker version answering through another context while a tool fails",
			"Client: Docker Engine - Community\n Version:           20.10.12\n Context:           colima\n\nServer:\n Engine:\n  Version:          20.10.11\n\nact says `Is the docker daemon running?`",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"docker info's Server heading before its error is no answer",
			"Client:\n Version:    24.0.5\n Context:    desktop-linux\n\nServer:\nERROR: Cannot connect to the Docker daemon at unix:///home/u/.docker/desktop/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a socket path set as DOCKER_HOST without unix://",
			"$ DOCKER_HOST=/invalid.sock docker version\nCannot connect to the Docker daemon at tcp://localhost:2375/invalid.sock. Is the docker daemon running?",
			[]model.Kind{model.KindEndpointInvalid}},
		{"an ssh endpoint's user@host dialled over tcp",
			"error during connect: Get \"http://root%my-host.com/v1.24/version\": dial tcp: lookup root@my-host.com: no such host",
			[]model.Kind{model.KindEndpointInvalid}},
		{"an error the writer says is fixed is no evidence",
			"Adding `export DOCKER_HOST=unix:///var/run/docker.sock` to my `.zshrc` file fixed the `Invalid bind address format` error.\nI am now getting:\nPermissionError: [Errno 13] Permission denied (File \"/usr/lib/python3/site-packages/docker/transport/unixconn.py\")",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"an error said to be fixed but still there is evidence",
			"It was supposed to be fixed in v2 but I still get the error: dial unix /var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"Docker for Mac's diagnostics: a socket it may not stat looks absent",
			"[ERROR]  docker-cli\n         /var/run/docker.sock does not exist\n         Permission denied (EACCES) connecting to /var/run/docker.sock: check permissions\n         docker ps failed",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"the old client's 'Cannot connect' beside a permission statement in prose",
			"Cannot connect to the Docker daemon. Is the docker daemon running on this host?\n普通用户访问已经运行的docker服务失败 原因是权限不足",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"a guess of two causes is no permission statement",
			"ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?\n\n你的 docker 挂了或者 docke sock 没有权限访问",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a condition on the socket is no permission statement",
			"When docker socket is not accessible / not found it throws\njava.io.IOException: com.sun.jna.LastErrorException: [2] No such file or directory\n at com.github.dockerjava.transport.DomainSocket.<init>(DomainSocket.java:63)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker rejecting Compose's --profile given before the subcommand",
			"docker compose --profile download up --build\n\nunknown flag: --profile\n\nOS: Ubuntu 22.04",
			[]model.Kind{model.KindComposePluginMissing}},
		{"make not finding Compose v1",
			"$ make run\ndocker-compose -f docker-compose.yml up -d zkevm-state-db\nmake: docker-compose: No such file or directory\nmake: *** [Makefile:437: run] Error 127",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a docker-compose file that is a saved Not Found page",
			"root@raspberrypi:~/npm# docker-compose up -d\n/usr/local/bin/docker-compose: line 1: Not: command not found",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a tool's own words that docker is not running",
			"Docker doesn't seem to be running, please start it\nThis script uses docker, and it isn't running - please start docker and try again!",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"advice after the statement, in the same line, does not hedge it",
			"Error: Docker daemon is not reachable. Please make sure Docker is installed and running.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"advice after the statement, in the same sentence, does not hedge it",
			"Docker is not running, make sure to start it",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"tools' own words that docker is missing",
			"ERROR: Docker is not installed or not in PATH\nDocker not found. Please install Docker: https://docs.docker.com/get-docker/\nerror: Docker is required but was not found on your PATH",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"a tool's own words for a refused permission",
			"Error: failed to connect to docker: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"'not installed or running' is no missing CLI",
			"## Docker isn't installed or running\nFileNotFoundError(2, 'No such file or directory') from docker/transport/unixconn.py",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a code mark joining the error to the next word",
			"but I get `zsh: command not found: docker`error message.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"the writer telling that the shell did not find Compose v1",
			"In terminal, running the command ‘docker-compose up’ results in “command not found”",
			[]model.Kind{model.KindComposePluginMissing}},
		{"the writer telling that the shell did not find docker",
			"When I type docker ps I get command not found.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"the writer telling the error after the command in code marks",
			"Deploy with docker-compose\n `docker-compose up -d`, but command not found.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Colima's VM failing to start",
			"INFO[0000] starting colima\nINFO[0000] runtime: docker\n> exiting, status={Running:false Degraded:false Exiting:true Errors:[] SSHLocalPort:0}\nFATA[0000] error starting vm: error at 'starting': exit status 1",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"rootless dockerd failing to set up its user namespace",
			"dockerd-rootless.sh[3117122]: [rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 3117138 [0 1002 1 1 231072 65536] failed",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's VM without KVM",
			"Docker Desktop has stopped\nCould not access KVM kernel module: No such file or directory\nfailed to initialize KVM: No such file or directory",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Podman's lead-in gives way to the permission it names",
			"Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`\nError: unable to connect to Podman socket: Get \"http://d/v5.8.2/libpod/_ping\": dial unix /run/podman/podman.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"the VS Code Docker extension timing out at a daemon's port",
			"Action: vscode-docker.containers.prune\nError type: ETIMEDOUT\nError Message: connect ETIMEDOUT 192.168.99.100:2376",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the VS Code Docker extension given a context without a scheme",
			"Action: docker-context.initialize\nError type: ERR_INVALID_URL\nError Message: Invalid URL: user@x.x.x.x",
			[]model.Kind{model.KindEndpointInvalid}},
		{"docker-modem refused",
			"    at Modem$1.buildPayload (node_modules/docker-modem/lib/modem.js:375:19)\nerror is AggregateError [ECONNREFUSED]:\n    at internalConnectMultiple (node:net:1118:18) {\n  code: 'ECONNREFUSED',",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-py waiting for a pipe nobody serves",
			"  File \"site-packages\\docker\\transport\\npipesocket.py\", line 50, in connect\n    win32pipe.WaitNamedPipe(address, self._timeout)\npywintypes.error: (2, 'WaitNamedPipe', 'The system cannot find the file specified.')",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-py over ssh with no way to authenticate",
			"  File \"docker/transport/sshconn.py\", line 119, in _connect\n  File \"paramiko/client.py\", line 765, in _auth\n    raise SSHException(\"No authentication methods available\")",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"Docker Desktop's docker-compose shim not finding Compose v1",
			"returned 1: \"\"\"exec: \"docker-compose-v1\": executable file not found in $PATH",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Azure Pipelines' task not finding docker",
			"Unhandled : Failed which : Not found docker: null",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"a shell not finding docker in a path that holds Docker-Github",
			"/__w/_actions/elgohr/Publish-Docker-Github-Action/v5/entrypoint.sh: 32: /__w/_actions/elgohr/Publish-Docker-Github-Action/v5/entrypoint.sh: docker: not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"appleboy's ssh-action running docker on a host without it",
			"======CMD======\nwhich docker\ndocker --version\n======END======\n2023/01/08 20:49:04 Process exited with status 127\nerr: sh: line 1: docker: command not found",
			[]model.Kind{model.KindRemoteDockerMissing}},
		{"plain ssh with options running docker, refused by the host",
			"+ ssh -o StrictHostKeyChecking=no root@192.168.29.62 docker run -p 8180:8080 -d --name my-app2 my-app:2.0.0\nPermission denied, please try again.\nPermission denied (publickey,gssapi-keyex,gssapi-with-mic,password).",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"the writer telling that docker commands hang",
			"### Actual behavior\n\nDocker commands just hang.\n\n- Using socat, the request to `/_ping` just hangs.",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"Docker Desktop failing to deploy its WSL distro",
			"System.InvalidOperationException:\nFailed to deploy distro docker-desktop to C:\\Users\\u\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1\n stdout: The operation could not be started because a required feature is not installed.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop unable to reach WSL",
			"Docker Desktop - WSL is unresponsive\nDocker Desktop is unable to communicate with the Windows Subsystem for Linux.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's proxy answering for an engine that did not respond",
			"docker ps -a responds with 'Error response from daemon: A connection attempt failed because the connected party did not properly respond after a period of time'",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"an IDE not locating docker-compose.exe",
			"an error \"The 'docker-compose.exe' command could not be located in 'C:\\Program Files\\Docker Toolbox'\" appears.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a tool's own words that the socket is missing",
			"ERROR: Docker socket is missing",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"PHP's stream client finding no socket",
			"Warning: stream_socket_client(): unable to connect to unix:///var/run/docker.sock (No such file or directory) in /usr/local/emhttp/plugins/dynamix.docker.manager/include/DockerClient.php on line 682",
			[]model.Kind{model.KindDaemonUnreachable}},
		{".NET's managed handler on a socket that is not there",
			"System.Net.Internals.SocketExceptionFactory+ExtendedSocketException : Cannot assign requested address /var/run/docker.sock",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an installer's words that docker is installed but not running",
			"Docker is installed but not running.\nPlease start the Docker daemon:\n  sudo systemctl start docker",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemctl status showing dockerd exited",
			"invoke-rc.d: initscript docker, action \"start\" failed.\n  Process: 7860 ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock (code=exited, status=1/FAILURE)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Quarkus finding no container runtime",
			"java.lang.IllegalStateException: No container runtime was found. Make sure you have either Docker or Podman installed in your environment.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"docker-java's TLS host name check at the daemon",
			"DOCKER_HOST=tcp://buildhost:2376\nping fails with a javax.net.ssl.SSLPeerUnverifiedException: Hostname buildhost not verified",
			[]model.Kind{model.KindTLSError}},
		{"a docker-compose that is a saved HTML page",
			"/usr/local/bin/docker-compose: line 1: $'\\r': command not found\n/usr/local/bin/docker-compose: line 2: html: No such file or directory",
			[]model.Kind{model.KindComposePluginMissing}},
		{"docker rejecting Compose's --env-file in a tool's echo of the command",
			"An error occurred: Command failed: docker compose --env-file /home/toto unknown flag: --env-file",
			[]model.Kind{model.KindComposePluginMissing}},
		{"paramiko not finding the daemon host in known_hosts",
			"DOCKER_HOST=\"ssh://user@a.b.c.d\"\nparamiko.ssh_exception.SSHException: a.b.c.d not found in known_hosts",
			[]model.Kind{model.KindSSHHostKeyUnknown}},
		{"Docker Desktop's proxy saying its engine cannot start",
			"ERROR: Error response from daemon: Docker Desktop is unable to start",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a docker-compose that is a saved HTML page with a doctype",
			"/usr/local/bin/docker-compose: line 1: !DOCTYPE: No such file or directory",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a script's own words that docker-compose is not installed",
			"root@chat:/opt/snikket# ./scripts/init.sh\nDocker Compose (docker-compose) is required but not installed.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"node's spawn of docker in a JSON log",
			"{\"code\":\"ENOENT\",\"errno\":-2,\"level\":\"error\",\"path\":\"docker\",\"syscall\":\"spawn docker\"}",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Rust's os error 13 from a Docker client",
			"error from Docker daemon: error trying to connect: Permission denied (os error 13)",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"a Compose v2 version line keeps a docker-compose v1 miss no finding",
			"docker-compose: command not found\n- Docker Compose: v2.30.3-desktop.1",
			[]model.Kind{model.KindUnknown}},
		{"Quarkus dev services finding no daemon",
			"java.lang.IllegalStateException: Please configure the datasource URL for default datasource or ensure the Docker daemon is up and running.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Dozzle finding no daemon",
			"{\"level\":\"fatal\",\"version\":\"v10.7.4\",\"message\":\"Could not connect to any Docker Engine\"}",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool in a container asking whether the socket was mounted",
			"When trying to enable the docker module I get the error;\n\"did you forget to mount the docker socket\"",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd without a docker unit",
			"Failed to enable unit: Unit file docker.service does not exist.\nFailed to start docker.service: Unit docker.service not found.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's services exiting",
			"Docker Desktop was unable to gather information about the current error. This most likely means that the services supporting Docker Desktop have exited unexpectedly\nconnect ENOENT \\\\.\\pipe\\errorReporter",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop failing to set up its WSL distro",
			"Failed to set version to docker-desktop: exit code: -1",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an installer's check for Compose v2",
			"It notice \"You need to install docker compose (v2) to continue\".",
			[]model.Kind{model.KindComposePluginMissing}},
		{"the snap's dockerd unit exiting",
			"2025-02-17T20:44:06-06:00 systemd[1]: snap.docker.dockerd.service: Main process exited, code=exited, status=1/FAILURE",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker.DotNet's errno 99 on a unix socket",
			"System.Net.Http.HttpRequestException: Connection failed.\n ---> System.Net.Sockets.SocketException (99): Cannot assign requested address\n   at Docker.DotNet.Unix.DockerHandlerFactory.<>c__DisplayClass5_0.<<CreateHandler>b__0>d.MoveNext()",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Spring Boot's connection to the daemon failing",
			"[ERROR] Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:3.3.2:build-image (default-cli) on project demo: Connection to the Docker daemon at 'npipe:////./pipe/dockerDesktopLinuxEngine' failed with error",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Rancher Desktop failing to ping Docker",
			"INFO[0000] ContainerEngineReady=False: failed to ping Docker: ... no such file or directory (ConnectFailed)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop for Mac failing to start its services",
			"StartAll failed: cannot start /Applications/Docker.app/Contents/MacOS/com.docker.osxfs: fork/exec /Applications/Docker.app/Contents/MacOS/com.docker.osxfs: bad CPU type in executable",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a supervisor not finding the docker socket",
			"20-03-04 11:40:53 CRITICAL (MainThread) [supervisor.bootstrap] Can't find Docker socket!",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Compose's container wrapper not finding docker",
			"I run \"docker-compose --version\" it appear error \"/usr/local/bin/docker-compose: exec: line 63: docker: not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"the Compose plugin rejected as not valid",
			"WARNING: Plugin \"/Users/u/.docker/cli-plugins/docker-compose\" is not valid: failed to fetch metadata: fork/exec /Users/u/.docker/cli-plugins/docker-compose: exec format error",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Podman's docker shim rejecting Compose's flag",
			"Error: unknown flag: --project-directory\nSee 'podman --help'\nfailed to start docker compose: exit status 125",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Docker Desktop's 500, cut after the route",
			"**Symptom:**\n```\nrequest returned 500 Internal Server Error for API route\n```",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd failing to start docker.service",
			"Configuring Docker...\nJob for docker.service failed because the control process exited with error code.\nSee \"systemctl status docker.service\" and \"journalctl -xe\" for details.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker.socket failing to listen",
			"Nov 21 07:29:56 node systemd[1]: Failed to listen on Docker Socket for the API.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"dockerd's fatal start-up errors",
			"FATA[0000] Shutting down due to ServeAPI error: No sockets found",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"dockerd dying on containerd with its own deadline",
			"Feb 07 21:52:17 host dockerd[518]: Failed to connect to containerd: failed to dial \"/var/run/docker/containerd/docker-containerd.sock\": context deadline exceeded",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"upstart's status of a stopped docker",
			"$ sudo service docker status\ndocker stop/waiting",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an init script without dockerd",
			"docker[17592]:  * /usr/bin/dockerd not present or not executable",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a dind start script giving up",
			"[ERROR]  dockerd is not running after max time",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"pnpm not finding docker-git",
			"user@arch ~> pnpm run docker-git clone https://github.com/o/r/issues/1 --force\n ERR_PNPM_NO_SCRIPT  Missing script: docker-git\n\nCommand \"docker-git\" not found.",
			[]model.Kind{model.KindDockerGitCLIMissing}},
		{"Compose 1.x not finding the docker binary",
			"ERROR: Couldn't find `docker` binary. You might need to install Docker:",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"sudo's exit code 0 beside the refused socket",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version\": dial unix /var/run/docker.sock: connect: permission denied\n$ echo $?\n1\n\nWith `sudo` the exit code is 0:",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"the problem going away under sudo",
			"`docker` could not be used without running it under `sudo`.\n\nWith `sudo`, the problem went away.",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"requests aborted with EACCES (Python 2)",
			"requests.exceptions.ConnectionError: ('Connection aborted.', error(13, 'Permission denied'))",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"SELinux denying connectto on the socket",
			"avc:  denied  { connectto } for  pid=7746 comm=\"nc\" path=\"/run/docker.sock\" scontext=system_u:system_r:container_t:s0 tcontext=system_u:system_r:container_runtime_t:s0 tclass=unix_stream_socket permissive=0",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"ssh's changed host key while running docker over plain ssh",
			"$ ssh -t root@172.16.255.250 docker pull mysql:5.6.17\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nHost key verification failed.",
			[]model.Kind{model.KindSSHHostKeyUnknown}},
		{"an ssh-action deploy of docker refused at login",
			"uses: fifsky/ssh-action@master\n    command: |\n        docker-compose up -d\n**Error**\nsammy@65.123.123.133: Permission denied (publickey).",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"a tool refused while prose names docker ps and shows its table",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\ndocker is running and I verify it by running `docker ps` command. An example of docker ps result;\n\n```\nCONTAINER ID   IMAGE       COMMAND                  CREATED         STATUS        PORTS     NAMES\n305b69f4d758   mongo:4.2   \"docker-entrypoint.s…\"   17 months ago   Up 40 hours             db\n```",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"a tool refused while docker commands work from the terminal",
			"the process fails, stating that unix:///var/run/docker.sock is not listening.\nThere are no problems with docker commands starting from terminal.",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"testcontainers-java denied the socket it found",
			"UnixSocketClientProviderStrategy: failed with exception InvalidConfigurationException (Could not find unix domain socket). Root cause AccessDeniedException (/var/run/docker.sock)",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"docker-py's pipe timing out on a read",
			"Error: NpipeHTTPConnectionPool(host='localhost', port=None): Read timed out. (read timeout=60)",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"docker-py's pipe transport raising a bare TimeoutError",
			"  File \"C:\\sam\\site-packages\\docker\\transport\\npipesocket.py\", line 151, in recv_into\n    raise TimeoutError\nTimeoutError",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{".NET failing to start docker.exe",
			"System.ComponentModel.Win32Exception (2): An error occurred trying to start process 'docker.exe' with working directory 'C:\\app'. The system cannot find the file specified.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Spring Boot unable to start the docker process",
			"the application is unable to start with a rather confusing message: `Unable to start docker process. Is docker correctly installed?`",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"testcontainers-java without local Compose",
			"org.testcontainers.containers.ContainerLaunchException: Local Docker Compose not found. Is docker-compose on the PATH?",
			[]model.Kind{model.KindComposePluginMissing}},
		{"errors because the writer did not have docker running",
			"it spit out about 60 lines of error logs because i didn't have docker running.\n\nexample output for when a user doesn't have docker running:\n! start engine: failed to run command: exit status 1",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"cmd in Portuguese, its accents lost to the code page",
			"Error Message: Command failed: docker login --username u --password-stdin\n'docker' n\ufffdo \ufffd reconhecido como um comando interno\nou externo, um programa oper\ufffdvel ou um arquivo em lotes.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Docker Desktop unable to serve its pipe",
			"starting services: initializing Docker API Proxy: setting up docker api proxy listener: open \\\\.\\pipe\\docker_engine: Access is denied.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop without virtualization for its VM",
			"Docker says: An error occurred: Hardware assisted virtualization and data execution protection must be enabled in the BIOS.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a socket path without // read as host unix",
			"error during connect: Get \"http://unix:2375/Users/mike/.docker/run/docker.sock/v1.24/images/json\": dial tcp: lookup unix: no such host",
			[]model.Kind{model.KindEndpointInvalid}},
		{"a change's title quoting the error it fixes",
			"Use docker compose (with space)\n\nFixes CI error: `docker-compose: command not found`",
			[]model.Kind{model.KindComposePluginMissing}},
		{"the daemon's refusal printed after a shell's prompt",
			"root@linuxkit-025000000001:/# run\nroot@linuxkit-025000000001:/# Error response from daemon: Bad response from Docker engine",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the old CLI's request closed without an answer",
			"$ export DOCKER_HOST=tcp://localhost:4243\n$ docker images\n2014/06/07 17:20:52 Get http://localhost:4243/v1.12/images/json: EOF",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"systemd naming the unit before its description",
			"Jan 14 22:51:17 fireflyiii systemd[1]: Failed to start docker.service - Docker Application Container Engine.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd's restart limit on the unit",
			"Jan 14 22:51:17 fireflyiii systemd[1]: docker.service: Start request repeated too quickly.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd's older wording of the restart limit",
			"Dec 03 23:26:58 kmaster systemd[1]: start request repeated too quickly for docker.service",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd's result for the unit that failed",
			"Jan 14 22:51:17 host systemd[1]: docker.service: Failed with result 'exit-code'.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an appliance's words for Docker's service",
			"Failed to start docker for Applications: Docker service could not be started- RC1",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a CI tool's words for dockerd that did not start",
			"CD/CD: start docker daemon failed",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's backend without the Virtual Machine Platform",
			"Docker Desktop displays: Virtualization support not detected\nengine linux/wsl failed to start: checking preconditions:\nVirtual Machine Platform not enabled",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's VM that never became ready",
			"Docker Desktop encountered an unexpected error and needs to close.\nrunning engine: waiting for the VM setup to be ready: context canceled",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's WSL data distro missing",
			"> checking if isocache exists: CreateFile \\\\wsl$\\docker-desktop-data\\isocache\\: The specified network name cannot be found.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the Toolbox's start script finding no machine",
			"bash --login '/Applications/Docker/Docker Quickstart Terminal.app/Contents/Resources/Scripts/start.sh'\nStarting machine default...\nHost does not exist: \"default\"",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Kitematic's machine that is not running",
			"Error running connection boilerplate: default is not running.\nError: Cannot run SSH command: Host \"default\" is not running",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the Toolbox's VM that never answered its retries",
			"Docker Quickstart Terminal\nStarting VM...\nToo many retries.  Last error: Maximum number of retries (60) exceeded",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Podman's machine without its network helper",
			"$ podman machine start\nError: unable to start host networking: \"could not find \\\"gvproxy\\\" in one of [/usr/libexec/podman /usr/lib/podman]\"",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Podman's machine that never reached running",
			"$ podman machine start\nWaiting for VM ...\nError: machine did not transition into running state: ssh error: exit status 255",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"podman-remote finding its service down",
			"Error: cannot connect to the Podman socket, please verify that Podman REST API service is running: Get \"http://d/v3.2.3/libpod/_ping\": ssh: rejected: connect failed (open failed)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Colima's docker runtime that did not start",
			"$ colima start --profile amd64\nINFO[0082] starting ...  context=docker\nFATA[0097] error starting docker: error at 'starting'",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a request a terminal wrapped after its method, closed without an answer",
			"ERROR: failed to image: error during connect: Get\n\"http://%2Fvar%2Frun%2Fdocker.sock/v1.40/info\": EOF",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"dockerd unable to start its containerd, in OpenWrt's log",
			"Fri May 30 22:18:40 2025 daemon.err dockerd[10841]: failed to start containerd: timeout waiting for containerd to start",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an installer's check for the Compose plugin",
			"error! [docker compose] has not been installed or configured!",
			[]model.Kind{model.KindComposePluginMissing}},
		{"the writer saying sudo docker works",
			"sudo docker info is ok\nbut\ndocker info is bad\nit show: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"Docker Desktop's dialog without virtualization",
			"Virtualization support not detected\nDocker Desktop requires virtualization support to run. Contact your IT admin to enable virtualization or check system requirements.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's WSL data disk not mounted",
			"When I try to open Docker Desktop, this error always pops up\n> ensuring data disk is available: exit code: 4294967295: running WSL command wsl.exe C:\\Windows\\System32\\wsl.exe --mount --bare --vhd docker_data.vhdx: Invalid command line option: --mount",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-machine's daemon never answering on the VM",
			"Daemon not responding yet: dial tcp 192.168.99.101:2376: operation timed out\n^Cchris@mac:~$ docker-machine",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-machine's VM that VirtualBox would not start",
			"Error creating machine: Error in driver during machine creation: Unable to start the VM: C:\\Program Files\\Oracle\\VirtualBox\\VBoxManage.exe startvm default --type headless failed:\nVBoxManage.exe: error: The virtual machine 'default' has terminated unexpectedly during startup with exit code 1 (0x1).",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-machine's ssh client refused at the VM's forwarded port",
			"Running: docker-machine --debug create -d virtualbox default\n\nReturn:\nError dialing TCP: dial tcp 127.0.0.1:63399: connectex: No connection could be made because the target machine actively refused.",
			[]model.Kind{model.KindSSHUnreachable}},
		{"docker-machine's ssh client refused the login",
			"$ docker-machine create -d digitalocean dev\nError dialing TCP: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none], no supported methods remain",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"Meteor Up's ssh login refused while it sets Docker up",
			"Started TaskList: Setup Docker\n[139.59.20.113] - setup docker\nError All configured authentication methods failed",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"an ssh banner that never came, from a tool that deploys over ssh",
			"Server is not reachable. Please validate your configuration and connection.\n\nError: Connection timed out during banner exchange",
			[]model.Kind{model.KindSSHUnreachable}},
		{"a monitoring agent that cannot connect to Docker's socket",
			"16:20160223:084954.711 Cannot connect to standard docker's socket /var/run/docker.sock",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Podman's VM without its hypervisor program",
			"$ podman machine start\nStarting machine \"podman-machine-default\"\nError: exec: \"vfkit\": executable file not found in $PATH",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Podman Desktop finding no socket of its machine",
			"main ↪️ error in engine Podman Error: connect ENOENT /Users/ada/.local/share/containers/podman/machine/qemu/podman.sock",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"podman-remote refused at its varlink socket",
			"$ podman-remote info\nError: could not get runtime: dial unix /run/podman/io.podman: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"Rancher Desktop's platform build of limactl failing",
			"Error Starting Kubernetes\nError: /Applications/Rancher Desktop.app/Contents/Resources/resources/darwin/lima/bin/limactl.ventura exited with code 1",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"OrbStack's services that never started",
			"When running `orbctl list`, I receive the following error:\n\npanic: timed out waiting for services to start [recovered]",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a CI resource's dockerd that did not come up",
			"waiting for docker to come up...\nDocker failed to start within 120 seconds.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-py told to use TLS without its files, linking Docker's docs",
			"docker.errors.TLSParameterError: Path to a certificate and key files must be provided through the client_config param. TLS configurations should map the Docker CLI client configurations. See https://docs.docker.com/engine/articles/https/ for API details.",
			[]model.Kind{model.KindTLSError}},
		{"Gradle unable to start docker-compose",
			"* What went wrong:\nExecution failed for task ':composeUp'.\n> A problem occurred starting process 'command 'docker-compose''",
			[]model.Kind{model.KindComposePluginMissing}},
		// The line break between the typed command and its output lost.
		{"a script's shell diagnostic on the prompt's line",
			"root@King:/home/king/anpr/docker# ./build.sh ./build.sh: line 1: docker: command not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Dev Containers' dialog alone",
			"BAM!\nDialog box with \"Docker returned an error. Make sure the Docker daemon is running and select an option how to respond.\n\nRetrying Rebuild and Reopen in Container works after this.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Dev Containers' dialog and the docker CLI missing behind it",
			"VSCode reports: Docker returned an error. Make sure the Docker daemon is running.\n[2021-08-20T16:03:49.577Z] Docker returned an error code ENOENT, message: spawn docker ENOENT",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Docker answering after newgrp, then refusing no more",
			"$ docker info\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/info: dial unix /var/run/docker.sock: connect: permission denied\n$ newgrp docker\n$ docker info\nClient:\n Debug Mode: false\n\nServer:\n Containers: 0\n Server Version: 19.03.8",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"sg running one docker command that answers",
			"$ docker run hello-world\ndocker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied.\n$ sg docker -c \"docker run hello-world\"\n\nHello from Docker!",
			[]model.Kind{model.KindGroupMembershipPending}},
		// The shell started, and Docker still refused in it.
		{"sg, and the socket refusing again",
			"$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\n$ newgrp docker\n$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		// Advice to run newgrp is no shell that ran.
		{"advice to run newgrp",
			"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\nRun newgrp docker or log out and back in.",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"a connect to the daemon's socket refused with EAGAIN",
			"2014/12/11 10:50:56 Get http:///var/run/docker.sock/v1.13/containers/json: dial unix /var/run/docker.sock: resource temporarily unavailable",
			[]model.Kind{model.KindDaemonUnresponsive}},
		// systemctl finding no systemd: the service was not started.
		{"systemctl starting docker in WSL without systemd",
			"I am also facing the same problem...\nsudo systemctl start docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemctl in a CentOS container without D-Bus",
			`in centos instance, i get error "Failed to get D-Bus connection" when exec command "systemctl start docker".`,
			[]model.Kind{model.KindDaemonUnreachable}},
		// The daemon started by its init script, its socket refusing the user.
		{"no systemd, then the init script, then the socket refusing the user",
			"`sudo systemctl start docker` gives me the following error:\n`System has not been booted with systemd as init system (PID 1). Can't operate.`\n`sudo service docker start` gives:\n`* Starting Docker: docker`\ndocker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/create: dial unix /var/run/docker.sock: connect: permission denied.",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"Podman's connection to a machine that is stopped",
			"If I run `podman -c test compose up -d` I got:\nError: machine podman-machine-default is not running but in state stopped",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Lima's host agent giving up on Colima's VM",
			"colima start --vm-type qemu\nINFO[0000] starting colima\n> [hostagent] failed to open the QMP socket \"/Users/p/.lima/colima/qmp.sock\", forcibly killing QEMU\n> exiting, status={Running:false Degraded:false Exiting:true Errors:[] SSHLocalPort:0} (hint: see \"/Users/p/.lima/colima/ha.stderr.log\")",
			[]model.Kind{model.KindDaemonUnreachable}},
		// Users retype messages with their typos.
		{"the daemon message retyped as 'deamon'",
			"the error i was faced , **cannot connect to docker deamon at unix:///var/run/docker.sock**\nis docker daemon is running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool's 'deamon' timing out",
			"Cannot connect to docker deamon: Operation timed out",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"a failure to connect to the daemon, told",
			"Not able to use docker due to a failure to connect to Docker daemon at `unix://var/run/docker.sock`",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"pywin32's missing pipe inside another tool's message",
			"2019-10-09 20:06:44,970 -- ERROR -- docker plugin - Cannot get Docker version ((2, 'WaitNamedPipe', 'The system cannot find the file specified.'))",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a plugin that cannot connect to Docker's TLS port, saying no more",
			"> Something went wrong, cannot connect to http://10.0.0.5:2376, cause: null",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"paramiko refusing an encrypted key for an ssh:// endpoint",
			"docker.APIClient(base_url=\"ssh://user@ip\")\nparamiko.ssh_exception.PasswordRequiredException: private key file is encrypted",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"boot2docker's ssh login refused",
			"I'm seeing the following error when running `boot2docker up` with keys loaded in my ssh agent.\nReceived disconnect from 127.0.0.1: 2: Too many authentication failures for docker\n2014/07/30 14:56:39 exit status 255",
			[]model.Kind{model.KindSSHAuthFailed}},
		// A daemon process systemd records as ended serves no endpoint.
		{"a dead dockerd started with -H",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n● docker.service - Docker Application Container Engine\n   Active: inactive (dead) since Fri 2019-08-16 20:11:15 IST; 7s ago\n  Process: 13241 ExecStart=/usr/bin/dockerd -H unix://containerd=/run/containerd/containerd.sock (code=killed, signal=TERM)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's proxy in a WSL distro failing",
			"running wsl distro proxy in Ubuntu-22.04 distro: running proxy: running wslexec: An error occurred while running the command. DockerDesktop/Wsl/ExecError: c:\\windows\\system32\\wsl.exe -d ubuntu-22.04 -u root -e /mnt/wsl/docker-desktop/docker-desktop-user-distro proxy",
			[]model.Kind{model.KindWSLIntegrationDisabled}},
		{"OrbStack's forward to the daemon's port refused, in gVisor's words",
			`time="04-03 16:20:17" level=error msg="host-unix forward: dial failed" addr="{1 100.115.92.2 2375}" error="connect tcp 100.115.92.2:2375: connection was refused"`,
			[]model.Kind{model.KindDaemonUnreachable}},
		// "sudo docker ps" leads a report, not advice.
		{"the AWS toolkit unable to reach Docker while sudo docker answers",
			"Error running '[Local] Handler': Running/Debugging Lambdas locally requires Docker. Please make sure it is installed and running\n\nSo I've got docker locally running,\n\nsudo docker ps returns valid response.",
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"Testcontainers for .NET finding no Docker endpoint",
			"System.ArgumentException : Cannot detect the Docker endpoint. Use either the environment variables or the ~/.testcontainers.properties file to customize your configuration:\nhttps://dotnet.testcontainers.org/custom_configuration/ (Parameter 'DockerEndpointAuthConfig')",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Azure IoT Edge's check unable to talk to its engine's pipe",
			"× container engine is installed and functional - Error\n    Could not communicate with container engine at npipe://./pipe/iotedge_moby_engine.\n    Please check your moby-engine installation and ensure the service is running.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Azure IoT Edge's check unable to spawn docker",
			"    Could not communicate with container engine at unix:///var/run/docker.sock.\n        caused by: could not run Command { std: \"docker\" \"-H\" \"unix:///var/run/docker.sock\" \"version\", kill_on_drop: false }\n        caused by: No such file or directory (os error 2)",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"BcContainerHelper finding no dockerd process",
			`When i run the script it stops early with this error: "Dockerd process not found. Docker might not be started, not installed or not running Windows Containers."`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"dockerd on Windows failing to create its network",
			"failed to start daemon: Error initializing network controller: error creating default network: failed during hnsCallRawResponse: hnsCall failed in Win32",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an app unable to connect to the local Docker daemon",
			"Unable to connect to the local Docker daemon at `unix:///var/run/docker.sock`. Please ensure that Docker is running and accessible. - 500",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd unable to load the docker socket unit",
			"启动docker服务报错：Failed to start docker.service: Unit docker.socket failed to load: No such file or directory.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool reporting Docker not running",
			"$ ./install.sh\nDocker is not running, try to start",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool failing while docker run hello-world greets",
			"(ERROR) Cannot connect to local Docker daemon. Skipping download.\nsagar@insofe:~/inginious$ docker run hello-world\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		// Windows' pipe error says the daemon "may" not be running.
		{"the pipe refusing the user, its advice wrapped",
			"error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.35/version: open\n//./pipe/docker_engine: Access is denied. In the default daemon configuration on Windows,\nthe docker client must be run elevated to connect. This error may also indicate that the\ndocker daemon is not running.",
			[]model.Kind{model.KindSocketPermissionDenied}},
		// Docker Desktop's diagnostics: the reason after the check's question.
		{"Docker Desktop's diagnostics timing out on its API",
			"[PASS] DD0028: is there available VM disk space?\n[FAIL] DD0031: does the Docker API work? Get \"http://docker.raw.sock/v1.24/containers/json?limit=0\": context deadline exceeded\n[FAIL] DD0004: is the Docker engine running? Get \"http://ipc/docker\": read unix ->/Users/j/Library/Containers/com.docker.docker/Data/lifecycle-server.sock: i/o timeout (Client.Timeout exceeded while awaiting headers)",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"Docker Desktop's older diagnostics: no docker on PATH, the app not running",
			"3 failures detected\n1 : is the $PATH ok?\n    Failed with: unable to find docker executable on PATH\nThe directory containing the docker CLI tools must be on the $PATH\n\n2 : is the application running?\n    Failed with: Docker is not running\nIs the Docker Desktop application running?",
			[]model.Kind{model.KindDockerCLIMissing, model.KindDaemonUnreachable}},
		// Review: a session other than the failing one answering.
		{"a container's user refused, then the host's shell answering after newgrp",
			"$ docker compose logs jenkins\njenkins-1  | + docker build -t app .\njenkins-1  | permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head \"http://%2Fvar%2Frun%2Fdocker.sock/_ping\": dial unix /var/run/docker.sock: connect: permission denied\nOn the host it works:\n$ newgrp docker\n$ docker ps\nCONTAINER ID   IMAGE                 COMMAND                  CREATED       STATUS       PORTS     NAMES\n3f2a1b0c9d8e   jenkins/jenkins:lts   \"/usr/bin/tini -- /u…\"   2 hours ago   Up 2 hours             jenkins-1",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"newgrp, then docker asking another endpoint",
			"$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\n$ newgrp docker\n$ docker -H ssh://me@build01 ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"root's shell answering after newgrp",
			"$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\n$ sudo su -\n# newgrp docker\n# docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"docker run hello-world on another machine over ssh",
			"me@laptop:~$ ./deploy.sh\n(ERROR) Cannot connect to local Docker daemon. Skipping download.\nme@laptop:~$ ssh me@build01\nme@build01:~$ docker run hello-world\n\nHello from Docker!",
			[]model.Kind{model.KindDaemonUnreachable}},
		// Advice that names sudo docker is no report of it working.
		{"sudo docker ps offered as a quick test",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\nWorkarounds:\nsudo docker ps works as a quick test, but add yourself to the docker group for a real fix.",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"sudo docker ps said to no longer work",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\nSince the update sudo docker ps no longer works either.",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"sudo docker ps asked about",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\nSo sudo docker ps works?",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"sudo docker ps working while plain docker does not",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\nsudo docker ps works, but docker ps doesn't work.",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"sudo docker ps said to work once the service starts",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nsudo docker ps returns valid response once you start the service with systemctl.",
			[]model.Kind{model.KindDaemonUnreachable}},
		// Rust's os error 2 of another check than the one spawning docker.
		{"IoT Edge's check: docker spawned but refused, another check's missing file",
			"× config file is valid - Error\n    caused by: could not read config file /etc/aziot/config.toml\n    caused by: No such file or directory (os error 2)\n× container engine is installed and functional - Error\n    Could not communicate with container engine at unix:///var/run/docker.sock.\n        caused by: could not run Command { std: \"docker\" \"-H\" \"unix:///var/run/docker.sock\" \"version\", kill_on_drop: false }\n        caused by: Permission denied (os error 13)",
			[]model.Kind{model.KindSocketPermissionDenied}},
		// bats' diagnostic line starts with "# ", like a root prompt.
		{"a test's diagnostic quoting the daemon message",
			`# Command "docker -H 127.0.0.1:5249 info" failed 15 times. Output: Cannot connect to the Docker daemon. Is the docker daemon running on this host?`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Lima's host agent stopping Colima's VM driver",
			"Colima\n  time=\"2024-02-01T17:38:08Z\" level=info msg=\"[hostagent] Waiting for the essential requirement 1 of 4: \\\"ssh\\\"\"\n  time=\"2024-02-01T17:38:08Z\" level=info msg=\"[hostagent] Driver stopped due to error: \\\"signal: abort trap\\\"\"",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool on the default socket while the CLI's context answers, told",
			"The Docker CLI continues to work because it resolves this endpoint from the active desktop-linux context.\nfailed to create container: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		// Second review: Docker answering, then the same CLI failing later.
		{"docker ps answering, then failing after compose up",
			"$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n$ docker compose up -d\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		// The CLI working said with a condition, or denied.
		{"commands said to work until a reboot",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nCommands such as docker info and docker ps work until I reboot.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the docker CLI said to no longer work",
			"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nAfter the upgrade the docker CLI no longer continues to work.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a failed TAP test named for docker info working",
			"not ok 3 docker info works\n# Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		// The docker program there, but the loader cannot run it.
		{"Meteor Up's setup on a server without docker",
			"Started TaskList: Setup Docker\n[kiimarketing.mx] - Setup Docker\n[kiimarketing.mx] x Setup Docker: FAILED\n\n        -----------------------------------STDERR-----------------------------------\n        bash: line 6: docker: command not found",
			[]model.Kind{model.KindRemoteDockerMissing}},
		// oh-my-zsh's prompt: its directory and branch are no command.
		{"docker ps answering under oh-my-zsh after newgrp",
			"➜  ~ docker ps\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json\": dial unix /var/run/docker.sock: connect: permission denied\n➜  ~ newgrp docker\n➜  ~ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindGroupMembershipPending}},
		{"docker ps answering under oh-my-zsh in a project directory",
			"➜  myproject docker ps\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json\": dial unix /var/run/docker.sock: connect: permission denied\n➜  myproject newgrp docker\n➜  myproject docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			[]model.Kind{model.KindGroupMembershipPending}},
		// env(1) finding no program to run; Compose v1 refusing its TLS
		// settings.
		{"env finding no docker", "+ env DOCKER_BUILDKIT=1 docker build .\nenv: \u2018docker\u2019: No such file or directory",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"env finding no docker-compose", "Run cd test && env SOCK=/var/run/docker.sock docker-compose up -d\nenv: \u2018docker-compose\u2019: No such file or directory\nError: Process completed with exit code 127.",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Compose v1 refusing its TLS settings", "$ docker-compose up -d\nTLS configuration is invalid - make sure your DOCKER_TLS_VERIFY and DOCKER_CERT_PATH are set correctly.\nYou might need to run `eval \"$(docker-machine env default)\"`",
			[]model.Kind{model.KindTLSError}},
		{"docker's unit masked", "$ sudo systemctl start docker\nFailed to start docker.service: Unit docker.service is masked.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"rootless dockerd's rootlesskit without subuid ranges", "$ dockerd-rootless.sh\n[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: No subuid ranges found for user 1003 (\"xxx\")",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"dockerd's start error on a line of its own", "Error starting daemon:\n  Error during \"dockremap\" user creation:\n  Couldn't create subordinate ID ranges:\n  open /etc/subuid: no such file or directory",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemd's job failing on a dependency", "Mar 22 16:27:44 bazzite systemd[1]: docker.service: Job docker.service/start failed with result 'dependency'.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Podman Desktop finding no machine API socket", "log : main ↪️ error is Error: connect ENOENT /var/folders/5d/x_32rxnx07s6yc_t07vf0shw0000gn/T/podman/vm-api.sock",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's engine failing to start", "Failed to start the Docker Engine after update to last version 4.19.0 (getting WSL version: exit status 0xffffffff)",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"AWS CDK unable to run docker", "CdkStack:  fail: Unable to execute 'docker' in order to build a container asset. Please install 'docker' and try again.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Azure Data Studio finding no docker", "'docker' was not discovered and automated installation is not supported. Kindly install it manually or if installed make sure it is started and discoverable.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"gemini-cli's sandbox without docker or podman", "(GEMINI_SANDBOX is true but failed to determine command for sandbox; install docker or podman or specify command in GEMINI_SANDBOX)",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"setroubleshoot's summary of a denied socket", "SELinux is preventing traefik from connectto access on the unix_stream_socket /run/docker.sock.\n\n*****  Plugin catchall (100. confidence) suggests   **************************",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"an old client's TLS handshake refused", "(env)bash-3.2$ docker images\nAn error occurred trying to connect: Get https://192.168.99.100:2376/v1.20/images/json: remote error: handshake failure",
			[]model.Kind{model.KindTLSError}},
		{"a tool finding docker but no daemon", "Dependency check failed\nDocker was found in the path, but does not appear to be running. Please start the Docker daemon and try again.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool's connection to Docker refused", "$ ansible-container build\nERROR\tThe connection to Docker was refused. Check your Docker environment configuration.",
			[]model.Kind{model.KindDaemonUnreachable}},
		// RKE reaching nodes' Docker over ssh; a permission error cut short.
		{"RKE's ssh login refused",
			"Failed to dial ssh using address [10.0.0.5:22]: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain",
			[]model.Kind{model.KindSSHAuthFailed}},
		{"RKE's ssh key passphrase-protected",
			"Failed to dial ssh using address [10.0.0.5:22]: Error configuring SSH: ssh: cannot decode encrypted private keys",
			[]model.Kind{model.KindSSHAuthFailed}},
		// Review: words that look like the new rules' but say another thing.
		{"sudo docker ps working, and plain docker too",
			"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\nsudo docker ps works, and so does docker ps now.",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"dockerd --validate rejecting a configuration file",
			"$ sudo dockerd --validate --config-file /etc/docker/daemon.json\nunable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string",
			[]model.Kind{model.KindUnknown}},
		{"hyper refused inside a container started by docker run",
			"$ docker run --rm myapp\nERROR myapp::client: request failed: hyper::Error(Connect, Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" })",
			[]model.Kind{model.KindUnknown}},
		{"neither docker nor podman, supposed",
			"The build step fails if neither docker nor podman is installed on the agent.",
			[]model.Kind{model.KindUnknown}},
		{"a tool's lead-in, then the permission error cut short",
			"Failed to connect. Is Docker running?\nError: permission denied while trying to connect...",
			[]model.Kind{model.KindSocketPermissionDenied}},
		// journalctl cutting its lines at the terminal's width.
		{"systemd's lines for docker cut by journalctl",
			"Oct 18 10:53:19 vps1128196 systemd[1]: docker.service: Start request repeated to\nOct 18 10:53:19 vps1128196 systemd[1]: Failed to start Docker Application Contai\n-- Unit docker.service has failed.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker-machine's engine never listening",
			"$ docker-machine create --driver digitalocean dm-create-test\nSetting Docker configuration on the remote daemon...\nError creating machine: Error running provisioning: Unable to verify the Docker daemon is listening: Maximum number of retries (10) exceeded",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool saying Docker is not installed, when an option is set",
			"I am also getting `RuntimeError: Docker is not installed. Please install Docker to use code execution with agent: Coder` when set `\"unsafe\"`",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"docker not installed, supposed",
			"If Docker is not installed, the setup script installs it for you.",
			[]model.Kind{model.KindUnknown}},
		// Windows pipes as logs quote them, Docker Desktop's WSL distro.
		{"Desktop's lifecycle pipe missing, in a quoted log line",
			`time="2021-11-03T11:35:43-03:00" level=error msg="(51200fd7) 3560e9f0-com.docker.diagnose C<-S NoResponse GET /ping (325.1µs): Get \"http://ipc/ping\": open \\\\.\\pipe\\dockerLifecycleServer: El sistema no puede encontrar el archivo especificado."`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"the engine's pipe busy, its backslashes lost",
			`INFO: I/O exception (java.io.FileNotFoundException) caught when processing request to {}->npipe://127.0.0.1:1: \.pipedocker_engine (All pipe instances are busy)`,
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"Docker Desktop's WSL bootstrap exiting",
			"Docker Desktop - WSL distro terminated abruptly\nrunning wsl-bootstrap: exit status 1",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"WSL's own error for another distro",
			"Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND",
			[]model.Kind{model.KindUnknown}},
		// Settings and TLS files as other clients word them.
		{"a compose provider looking up the host 'unix'",
			"podman compose up\nends up with dial tcp: lookup unix on 127.0.0.53:53: server misbehaving",
			[]model.Kind{model.KindEndpointInvalid}},
		{"the CA file not there yet, named twice",
			"Runner starts to execute scripts before client certs are generated (unable to resolve docker endpoint: open /certs/client/ca.pem)\n\nActual behavior\n\nAt least 75% chance that the job will fail with unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory.",
			[]model.Kind{model.KindTLSError}},
		{"fabric8's plugin unable to read its key",
			"Failed to execute goal org.jolokia:docker-maven-plugin:0.13.6:build (default-cli) on project mqservice: Cannot create docker access object: /root/testopen/.vagrant/machines/default/virtualbox/.docker/key.pem (No such file or directory) -> [Help 1]",
			[]model.Kind{model.KindTLSError}},
		{"fabric8's plugin given a host that does not resolve",
			"[ERROR] Failed to execute goal io.fabric8:docker-maven-plugin:0.33.0:start (start) on project pipelines: Cannot create docker access object : Unknown host HOST: No address associated with hostname -> [Help 1]",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"ssh's status 255 for a command with placeholders in brackets",
			`error during connect: Get "http://docker/v1.24/containers/json": command [ssh -l [username] -- [hostname] docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=`,
			[]model.Kind{model.KindSSHUnreachable}},
		{"a script named for docker-compose finding no docker",
			"./docker/docker-compose-check.sh: line 3: docker: command not found\n./docker/docker-compose-check.sh: line 4: docker: command not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		// macOS runtimes and relays.
		{"Testcontainers connected to docker, Ryuk's port refusing",
			"INFO org.testcontainers.dockerclient.DockerClientProviderStrategy - Found Docker environment with Environment variables, system properties and defaults. Resolved dockerHost=unix:///Users/simon/.colima/docker.sock\nINFO org.testcontainers.DockerClientFactory - Connected to docker:\n  Server Version: 20.10.18\n  API Version: 1.41\n[testcontainers-ryuk] WARN org.testcontainers.utility.RyukResourceReaper - Can not connect to Ryuk at localhost:49153\njava.net.ConnectException: Connection refused",
			[]model.Kind{model.KindUnknown}},
		{"Docker Desktop's VM process ending",
			"running engine: engine linux/virtualization-framework failed to run: running VM: com.docker.virtualization: process terminated unexpectedly: accepting AF_VSOCK connection: AF_VSOCK listener closed",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"hyper finding no socket under a Docker client",
			`ERROR plane::drone::docker: Error receiving Docker event. e=HyperResponseError { err: hyper::Error(Connect, Os { code: 2, kind: NotFound, message: "No such file or directory" }) }`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"hyper refused by some web service",
			`ERROR app::client: request failed: hyper::Error(Connect, Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })`,
			[]model.Kind{model.KindUnknown}},
		{"socat finding no daemon socket",
			`2025/01/09 14:23:50 socat[89455] E connect(, LEN=22 AF=1 "/var/run/docker.sock", 22): No such file or directory`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"socat refused the daemon socket",
			`2025/01/09 14:23:50 socat[89455] E connect(5, AF=1 "/var/run/docker.sock", 22): Permission denied`,
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"podman machine start ending in its exit status",
			"$ podman machine start\nStarting machine \"podman-machine-default\"\nWaiting for VM ...\nMounting volume... /Users/me:/Users/me\nError: exit status 255",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"podman machine ssh's exit status after a start listed in the steps",
			"2. Run podman machine start\n3. Run podman machine ssh\n\nme@MacBook ~ % podman machine ssh\nConnecting to vm podman-machine-default. To close connection, use `~.` or `exit`\nError: exit status 255",
			[]model.Kind{model.KindUnknown}},
		// Tools' own words for no docker program.
		{"gcloud finding no docker on PATH",
			"gcloud auth configure-docker us-east1-docker.pkg.dev\nWARNING: `docker` not in system PATH.\n`docker` and `docker-credential-gcloud` need to be in the same PATH in order to work correctly together.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"gcloud finding only its credential helper missing",
			"WARNING: `docker-credential-gcloud` not in system PATH.\ngcloud's Docker credential helper can be configured but it will not work until this is corrected.",
			[]model.Kind{model.KindUnknown}},
		{"doctl finding no docker binary",
			"$ doctl registry login\nError: unable to find the Docker CLI binary. Make sure docker is installed",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"azd finding neither docker nor podman",
			"ERROR: required external tools are missing:\n - Docker: neither docker nor podman is installed.",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"the Azure CLI unable to run docker.exe",
			"cli.azure.cli.command_modules.acr.custom: Could not run 'docker.exe' command. Exception: [WinError 2] The system cannot find the file specified",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"Docker for Windows said not to be running",
			"ERROR:  Docker for Windows is not running\n         Start Docker for Windows, wait for Docker to start and run update again.",
			[]model.Kind{model.KindDaemonUnreachable}},
		// A missing buildx rejects --file as docker's own flag.
		{"a tool's image build rejected with docker's usage",
			"$ cog run python\nBuilding Docker image from environment in cog.yaml...\nunknown flag: --file\nSee 'docker --help'.\n\nUsage:  docker [OPTIONS] COMMAND",
			[]model.Kind{model.KindUnknown}},
		{"a tool's docker refused, docker ps said to run without an issue",
			"Error: failed to fetch an image or build from source: docker is unavailable to build the deployment image\nThe docker daemon is up and running, and I can execute the command `docker ps` without an issue.",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		// dockerd refusing its configuration file, and systemd with no
		// docker unit to start.
		{"dockerd refusing a daemon.json with a stray comma",
			"dockerd[41140]: unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"systemctl finding no docker unit, unnamed",
			"$ sudo systemctl start docker\nFailed to start docker.service: Unit not found.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a docker binary missing a shared library",
			"# docker ps\ndocker: error while loading shared libraries: libltdl.so.7: cannot open shared object file: No such file or directory",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"a host's docker binary in an Alpine image (musl's loader)",
			"Error loading shared library libltdl.so.7: No such file or directory (needed by /usr/bin/docker)\nError relocating /usr/bin/docker: lt_dlclose: symbol not found",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"a docker binary built for a newer C library",
			"docker: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.32' not found (required by docker)",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"a script calling a docker binary that was not mounted",
			`Executing docker run svendowideit/samba prints out an error message "/setup.sh: line 74: /docker: No such file or directory" before the usage.`,
			[]model.Kind{model.KindDockerCLIMissing}},
		// Compose v1's program missing or not runnable, as shells and
		// loaders say it.
		{"su's login shell not finding docker-compose",
			"::: Build the Docker image of Portal backend\n-su: /usr/local/bin/docker-compose: No such file or directory",
			[]model.Kind{model.KindComposePluginMissing}},
		{"zsh not finding the docker-compose it was given",
			`zsh: no such file or directory: /Applications/Docker.app/Contents/Resources/bin/docker-compose`,
			[]model.Kind{model.KindComposePluginMissing}},
		{"Python's subprocess not finding docker-compose",
			"I get the bellow error when I run this command: ./control.py start --fast\nNo such file or directory: 'docker-compose'",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a versioned docker-compose for another CPU",
			"./run.sh: line 22: /home/pi/docker-compose-1.3.3: cannot execute binary file: Exec format error",
			[]model.Kind{model.KindComposePluginMissing}},
		{"a versioned docker-compose that may not run",
			"==> default: bash: line 3: /usr/local/bin/docker-compose-1.11.2: Permission denied",
			[]model.Kind{model.KindComposePluginMissing}},
		{"docker-compose unable to map its libraries from a noexec /tmp",
			"docker-compose: error while loading shared libraries: libz.so.1: failed to map segment from shared object: Operation not permitted",
			[]model.Kind{model.KindComposePluginMissing}},
		{"an HTML page saved as docker-compose",
			"/usr/local/bin/docker-compose: line 1: syntax error near unexpected token `<'\n/usr/local/bin/docker-compose: line 1: `<!DOCTYPE html><title>Malformed request</title>'",
			[]model.Kind{model.KindComposePluginMissing}},
		// Blind collections v158-v161 (session 15).
		{"testcontainers-node finding no client strategy (testcontainers-node#321)",
			"  FAIL All test/app.integration.ts (10.2 s)\n    No Docker client strategy found\n      at node_modules/testcontainers/dist/docker/docker-client.js:47:11",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"LocalStack's Lambda finding no Docker (localstack#10146)",
			`> Failed to create the runtime executor for the function named_lambda. Please ensure that Docker is available in the LocalStack container by adding the volume mount "/var/run/docker.sock:/var/run/docker.sock" to your LocalStack startup.`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a tool finding no engine while plain docker ps answers with its header (bedrock-agentcore-starter-toolkit#312)",
			"❌ No supported container engine found.\n\nwhich docker\n/usr/bin/docker\n\ndocker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n",
			[]model.Kind{model.KindAlternateSocketAvailable}},
		{"a CI step pulling its image, then starting its own dockerd, which does not answer (owncloud/web#9162)",
			"18.09: Pulling from plugins/docker\nDigest: sha256:c312faccbbde54074d097b2d32467b4b74b96a2becd3061cc1dce7429de8223c\nStatus: Downloaded newer image for plugins/docker:18.09\n+ /usr/local/bin/dockerd --data-root /var/lib/docker\n+ /usr/local/bin/docker version\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Ruby's docker-api gem timing out (omnibus-gitlab#2667)",
			"rake aborted!\nDocker::Error::TimeoutError: read timeout reached\n/builds/gems/docker-api-1.33.1/lib/docker/connection.rb:52:in `rescue in request'",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"docker info named unresponsive (docker/for-linux#515)",
			"@akerouanton `docker info` was unresponsive, just like any other docker command except `docker ps`",
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"a DOCKER_HOST without its scheme on Docker's port (vagrant-swarm-cluster#5)",
			"When running ./start_cluster.sh, I get the following error:\n`parse 10.0.7.10:2375: first path segment in URL cannot contain colon`",
			[]model.Kind{model.KindEndpointInvalid}},
		{"the docker service that cannot be started, in prose (docker-install#184)",
			"The installation of docker CE should be successful, but the docker service cannot be started",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a writer who has to prefix every docker command with sudo (roscon-2023-realtime-workshop#61)",
			"After installing docker, I need to prefix all docker commands with `sudo`\n\nwithout sudo,\ndavid@home:~/ws$ docker/fetch ~/Downloads/docker-image.tar.gz\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/images/load?quiet=0\": dial unix /var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"old Go on macOS: the daemon's tcp address timing out, DOCKER_HOST shown (fnichol/dvm#24)",
			"```\n2014/03/12 16:04:52 dial tcp 192.168.42.43:4243: operation timed out\n```\n- DOCKER_HOST=tcp://192.168.42.43:4243",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Toolbox's machine without its host-only adapter (docker-archive/toolbox#868)",
			`When i perform QuickStart  Docker Terminal as administrator , i am getting error "Error checking TLS connection: Machine does not have a host-only adapter"`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"another service's unit failing, docker-compose unable to load (btcpayserver#714)",
			"> Job for btcpayserver.service failed because the control process exited with error code.\n> docker-compose: error while loading shared libraries: libz.so.1: cannot open shared object file: No such file or directory\n>    Active: failed (Result: exit-code) since Tue 2019-03-26 07:53:40 UTC; 3s ago",
			[]model.Kind{model.KindComposePluginMissing}},
		{"Docker Desktop refused its own backend pipe when starting (docker/for-win#14168)",
			"starting services: initializing Backend API: listening on \n\\\\.\\pipe\\dockerBackendApiServer: open \n\\\\.\\pipe\\dockerBackendApiServer: Access is denied.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"AWS SAM finding no daemon to ping (aws-sam-cli's is_docker_reachable)",
			"$ sam local invoke\nError: Running AWS SAM projects locally requires Docker. Have you got it installed and running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"nixpacks unable to run its docker command (railwayapp/nixpacks#1141)",
			"```\nError: Please install Docker to build the app https://docs.docker.com/engine/install/\n```",
			[]model.Kind{model.KindDockerCLIMissing}},
		{"docker-machine's provisioning never reaching the daemon it installed (ionos-cloud/docker-machine-driver docs)",
			"Installing Docker...\nCopying certs to the local machine directory...\nError creating machine: Error running provisioning: Unable to verify the Docker daemon is listening: Maximum number of retries (10) exceeded",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Docker Desktop's WSL 2 dialog, Docker on Windows named",
			"WSL 2 installation is incomplete.\nIf you're getting the above error message while installing Docker on Windows, please follow the instructions below:",
			[]model.Kind{model.KindDaemonUnreachable}},
		// Blind collections v165-v169 (session 16).
		{"balenaEngine's client finding no daemon (balena-engine#55)",
			"$ balena ps\nCannot connect to the balena daemon at unix:///var/run/balena.sock. Is the balena daemon running?",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"balena-cli unable to reach a device's engine (balena-cli#2458)",
			"$ balena ssh 192.168.1.36 bar\nCould not access docker daemon on device 192.168.1.36.\nPlease ensure the device is in local mode.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"docker missing in an interactive ssh session's shell (balena-cli#761)",
			"? Select a container /local-app (8a72d0a348b) - Up 31 minutes\nsh: docker: command not found\nConnection to 192.168.0.112 closed.",
			[]model.Kind{model.KindRemoteDockerMissing}},
		{"an agent's sandbox that cannot reach the socket (openclaw#80296)",
			"2026-05-09T14:15:22-04:00 [agent/embedded] error: sandbox unavailable: cannot reach docker.sock [bot] turn rejected; no reply sent for chat=8667951543",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"ToolHive finding no container runtime (toolhive#1876)",
			"1:49AM  ERROR   no container runtime available. ToolHive requires Docker, Podman, Colima, or a Kubernetes environment to run MCP servers",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"slim finding no socket (slim#624)",
			`time="2024-07-10T16:18:15-07:00" level=fatal msg="slim: failure" error="docker socket not found"`,
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a sandbox refusing the socket with EPERM (airflow-steward's sandbox troubleshooting)",
			"ERRO[0000] error connecting to /var/run/docker.sock: open /var/run/docker.sock: operation not permitted",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"Podman machine's QEMU unable to forward its ssh port (podman#11706)",
			"% podman machine start\nWaiting for VM ...\nqemu-system-x86_64: -nic user,model=virtio,hostfwd=tcp::55006-:22: Could not set up host forwarding rule 'tcp::55006-:22'\nError: EOF",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a watcher unable to listen to Docker events at a name that does not resolve (drydock#152)",
			"msg=Unable to listen to Docker events [getaddrinfo ENOTFOUND socket-proxy]",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"Compose's project flag rejected by a docker without the plugin (spryker/docker-sdk#364)",
			"--> DEVELOPMENT MODE\nunknown flag: --project-directory\n\nOS: Linux fedora",
			[]model.Kind{model.KindComposePluginMissing}},
		{"the writer saying sudo fixes compose's failure (depthai-python#214)",
			`when I install via apt (version 1.25.0), I get an error "ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?". Running docker-compose with sudo fixes it`,
			[]model.Kind{model.KindSudoFallbackOnly}},
		{"the ssh helper killed while the client waited for the remote daemon (compose#9435)",
			`error during connect: Post "http://docker.example.com/v1.41/images/create?fromImage=x&tag=latest": command [ssh -l zb -- moar.example.com docker system dial-stdio] has exited with signal: killed, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=`,
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"Docker Desktop's manual WSL update (for-win#14177)",
			"Finish setting up Docker Desktop (version 4.28.0)\nwsl update failed: a manual wsl update is required",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"a swarm command denied, then answered with its node table under sudo (devops-netology)",
			"[centos@node01 ~]$ docker node ls\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/nodes\": dial unix /var/run/docker.sock: connect: permission denied\n[centos@node01 ~]$ sudo docker node ls\nID                            HOSTNAME             STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n9x4whxazuqbyoi2csbdtmp5ms *   node01.netology.yc   Ready     Active         Leader           20.10.16",
			[]model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}},
		{"a mistyped docker flag (-ps) is no Compose flag (virt-homeworks)",
			"C:\\Users\\Den>docker -ps\nunknown shorthand flag: 'p' in -ps\nSee 'docker --help'.\n\nUsage:  docker [OPTIONS] COMMAND",
			[]model.Kind{model.KindUnknown}},
		{"docker-compose missing beside Compose v5 (tg-support-bot#74)",
			"./start.sh: line 9: docker-compose: command not found\nDocker Compose version v5.0.2",
			[]model.Kind{model.KindUnknown}},
		{"sudo not finding docker-compose, in Chinese (docker-learning)",
			"sudo: docker-compose：找不到命令",
			[]model.Kind{model.KindComposePluginMissing}},
		{"acme-companion finding no socket shared into its container (acme-companion#87)",
			"ssl_1             | ERROR: you need to share your Docker host socket with a volume at /var/run/docker.sock\nssl_1             | Typically you should run your container with: `-v /var/run/docker.sock:/var/run/docker.sock:ro`",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"acme-companion unable to read the socket (acme-companion#1179)",
			"Error: Docker host socket at /var/run/docker.sock is not readable. Please check user permissions",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"check_docker unable to open the socket file (check_docker#55)",
			"`UNKNOWN: Cannot access docker socket file. User ID=996, socket file=/var/run/docker.sock`",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"the Datadog agent's docker check giving up (datadog-agent#2685)",
			"        Error: permanent failure in dockerutil: retry number exceeded",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"sshd refusing RKE's forward to the node's socket (rke#117)",
			"FATA[0000] Failed to set up SSH tunneling for Etcd host [prd-svr01]: Can't retrieve Docker Info: error during connect: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info: Failed to dial to Docker socket: ssh: rejected: administratively prohibited (open failed)",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"Apache HttpClient refusing DOCKER_HOST's tcp:// scheme at Docker's port (docker-maven-plugin#116)",
			"信息: I/O exception (org.apache.http.conn.UnsupportedSchemeException) caught when processing request to {}->tcp://192.168.99.100:2376: tcp protocol is not supported",
			[]model.Kind{model.KindEndpointInvalid}},
		{"paramiko refused a channel by the Docker host's sshd (tmaier/docker-compose#26)",
			"Basically meeting this error when trying to `docker-compose up` on a DOCKER_HOST using SSH protocol:\nSecsh channel 12 open FAILED: open failed: Connect failed\nERROR: for reverse-proxy  ChannelException(2, 'Connect failed')",
			[]model.Kind{model.KindSSHUnreachable}},
		{"Excon unable to verify boot2docker's certificate (beaker#648)",
			"Beaker::Hypervisor, found some docker boxes to create\n/Users/c/.gem/ruby/2.1.3/gems/excon-0.42.1/lib/excon/ssl_socket.rb:122:in `connect_nonblock': Unable to verify certificate, please set `Excon.defaults[:ssl_ca_path] = path_to_certs`, `ENV['SSL_CERT_DIR'] = path_to_certs` (Excon::Errors::SocketError)",
			[]model.Kind{model.KindTLSError}},
		{"lando's engine down (lando/core#37)",
			"lando        11:25:56 DEBUG ==> engine is down with error message=errors pretty printing info",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"appwrite's installer finding no daemon (appwrite#2667)",
			"The docker daemon is not operational. Make sure that docker is running and try again.",
			[]model.Kind{model.KindDaemonUnreachable}},
		{"an old client's start request closed without an answer (codalab-competitions#1288)",
			`time="2015-09-25T16:41:14-07:00" level="fatal" msg="Post http:///var/run/docker.sock/v1.17/containers/50a9c8edba4b/start: EOF. Are you trying to connect to a TLS-enabled daemon without TLS?"`,
			[]model.Kind{model.KindDaemonUnresponsive}},
		{"VS Code unable to spawn docker under Program Files (vscode-remote-release#2298)",
			`[72 ms] Error: File not found: c:\Program Files\Docker\docker  ** This is not the real path **`,
			[]model.Kind{model.KindDockerCLIMissing}},
		{"usermod, then the socket refused in the same shell (misc-notes)",
			"$ sudo usermod -aG docker $USER\n\n$ docker run hello-world\ndocker: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.26/containers/create: dial unix /var/run/docker.sock: connect: permission denied.",
			[]model.Kind{model.KindGroupMembershipPending}},
		// Guard: a usermod the paste shows failing (v127's "usermod: command
		// not found") joined nobody, so the refusal after it is no session's.
		{"a usermod that failed, then the socket refused",
			"$ sudo usermod -aG docker pi\nsudo: usermod: command not found\n$ docker ps\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.46/containers/json\": dial unix /var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		{"usermod, then refused even after a reboot: not a session (raspbian-nspawn-64#20)",
			"So I noticed after run `sudo usermod -aG docker pi` I still get permission denied, even after a reboot/retry.\npi@debian-buster-64:~ $ sudo usermod -aG docker pi\npi@debian-buster-64:~ $ docker info\nERROR: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/info: dial unix /var/run/docker.sock: connect: permission denied",
			[]model.Kind{model.KindSocketPermissionDenied}},
		// Lookalike: the daemon answered; the denial is containerd's socket.
		{"trivy refused containerd's socket beside Docker's No such image (kubeflow#3159)",
			"2025-06-04T13:04:29.849Z\tFATAL\timage scan error: 4 errors occurred:\n\t* docker error: unable to inspect the image (x:latest): Error response from daemon: No such image: x:latest\n\t* containerd error: failed to initialize a containerd client: failed to dial \"/run/containerd/containerd.sock\": connection error: desc = \"transport: error while dialing: dial unix /run/containerd/containerd.sock: connect: permission denied\"",
			[]model.Kind{model.KindUnknown}},
		// Lookalike: only the v1 name is missing, Compose v2 said installed.
		{"docker-compose missing beside 'The Docker Compose version is v2.6.0' (DefectDojo#6412)",
			"./docker/docker-compose-check.sh: line 3: docker-compose: command not found\nThe Docker Compose version is v2.6.0. I am therefore way past the supported version.",
			[]model.Kind{model.KindUnknown}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := model.ClassifyText(tc.text)
			if !equalKinds(got, tc.want) {
				t.Errorf("ClassifyText = %v, want %v", got, tc.want)
			}
		})
	}
}

// Lookalikes name Docker, sockets, ports or permissions but are no
// Docker-access failure.
func TestClassifyTextLookalikesStayUnknown(t *testing.T) {
	for _, text := range []string{
		// Blind collections v158-v161 (session 15): the daemon said to run,
		// a container that does not start (moby#6783); cwltool's wrapper
		// around a KeyError (cwltool#557); Podman's service answering 500
		// on its own listen address (podman#24152).
		"i get docker daemon running but i am not able to start any container:\ndocker start web\nError response from daemon: Cannot start container web: Container is not running",
		"Workflow error, try again with --debug for more information:\nDocker is not available for this tool, try --no-container to disable Docker, or install a user space Docker replacement\n like uDocker with --user-space-docker-cmd.: 'dockerImageId'",
		"Running `podman info` remote via TCP fails with: Error: parse \"[::]:2376\": first path segment in URL cannot contain colon\nHTTP/1.1 500 Internal Server Error\n{\"cause\":\"first path segment in URL cannot contain colon\",\"message\":\"parse \\\"[::]:2376\\\": first path segment in URL cannot contain colon\",\"response\":500}",
		// Second review: comments in code quote no program's output.
		"# Docker daemon is not running on CI runners, so we skip these tests\nexport SKIP_DOCKER=1",
		"services:\n  runner:\n    image: gitlab/gitlab-runner\n    volumes:\n      # Docker socket permission denied without this group_add\n      - /var/run/docker.sock:/var/run/docker.sock",
		// Node's EACCES on an app's own directory or an npm package.
		"Error: EACCES: permission denied, mkdir '/home/me/docker-data/postgres'",
		"npm ERR! code EACCES\nnpm ERR! syscall open\nnpm ERR! path /usr/local/lib/node_modules/docker-cli-js/package.json\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: permission denied, open '/usr/local/lib/node_modules/docker-cli-js/package.json'",
		// Colima running containerd, not Docker.
		"$ colima start --runtime containerd\nINFO[0004] [hostagent] Driver stopped due to error: \"signal: abort trap\"",
		// Review: systemd's message from another service or command.
		"How do I start the service inside my docker container?\nroot@3f2a1b0c9d8e:/# systemctl start nginx\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
		"$ sudo systemctl restart docker\n$ dockerd-rootless-setuptool.sh install\n$ systemctl --user start docker\nFailed to connect to bus: No such file or directory",
		"$ sudo systemctl start docker-registry\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
		"I ran systemctl start docker and it worked. Now in my CI container:\n$ timedatectl set-timezone UTC\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
		// systemctl failing, then the daemon started by hand and answering.
		"me@PC:~$ sudo systemctl start docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\nme@PC:~$ sudo dockerd > /dev/null 2>&1 &\n[1] 1234\nme@PC:~$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
		// The Dev Containers message while the terminal's docker answers.
		"VS Code: Docker returned an error. Make sure the Docker daemon is running and select an option how to respond.\nBut from my terminal it works:\n$ docker version\nClient: Docker Engine - Community\n Version:           24.0.7\nServer: Docker Engine - Community\n Engine:\n  Version:          24.0.7",
		// Compose v2's plugin path, not Compose v1's program.
		"% curl -sSL https://github.com/docker/compose/releases/download/v2.29.1/docker-compose-darwin-aarch64 > ~/.docker/cli-plugins/docker-compose\nzsh: no such file or directory: /Users/me/.docker/cli-plugins/docker-compose",
		"./install.sh: line 9: /usr/local/lib/docker/cli-plugins/docker-compose-2.24.0: No such file or directory",
		// WSL integration restarted, and docker answering.
		"running wsl distro proxy in Ubuntu distro: running proxy: exit status 1\nI clicked Restart and now it works:\n$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
		// A config file named docker.
		"+ echo 'DOCKER_OPTS=\"--dns 8.8.8.8\"' > /etc/default/docker\n./provision.sh: line 7: /etc/default/docker: No such file or directory",
		// The proxy failed once; the daemon answers (docker version's Server).
		"running wsl distro proxy in SUSE-Linux-Enterprise-Server-15-SP4 distro: running proxy: exit status 1\n\nClient:\n Version:           27.4.0\n Context:           desktop-linux\n\nServer: Docker Desktop 4.37.1 (178610)\n Engine:\n  Version:          27.4.0",
		// A user's systemd, not the system's docker service.
		"$ systemctl --user start docker-desktop\nFailed to connect to bus: No such file or directory",
		// A diagnostic's check that passed asks its question.
		"[PASS] DD0004: is the Docker engine running?\n[FAIL] DD0015: are the binary symlinks installed? looking for /usr/local/bin/docker-index: lstat /usr/local/bin/docker-index: no such file or directory",
		// cp naming the destination it cannot write, not a program run.
		"Unable to install docker-compose binary: Error: Command failed:\ncp: /usr/local/bin/docker-compose: No such file or directory",
		// Docker's credential helper, not the docker program.
		"docker-credential-desktop: error while loading shared libraries: libsecret-1.so.0: cannot open shared object file: No such file or directory",
		"Error response from daemon: Get \"https://registry.example.com/v2/\": x509: certificate signed by unknown authority",
		"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host",
		"Error response from daemon: pull access denied for myimage, repository does not exist or may require 'docker login'",
		"ERROR: failed to solve: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1",
		// ssh to a server the writer means to put Podman on: no Docker
		// endpoint is reached over it.
		"$ ssh root@192.168.1.10\nroot@192.168.1.10: Permission denied (publickey).\nI want to install podman on this server but I can't log in.",
		// An app in a container failing TLS to some service.
		"When running the app in a Docker container and connecting to a service with a self-signed certificate:\n\ntls: failed to verify certificate: x509: certificate signed by unknown authority",
		// SELinux only logged this one (permissive): it refused nothing.
		"type=AVC msg=audit(1700000000.123:456): avc:  denied  { connectto } for  pid=2345 comm=\"php-fpm\" path=\"/run/docker.sock\" scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:system_r:container_runtime_t:s0 tclass=unix_stream_socket permissive=1",
		// zsh's cd into a folder named docker.
		"~/projects $ cd docker\ncd: no such file or directory: docker",
		// An app container's own socket errno (Ruby), in a Compose project.
		"web_1  | Errno::ECONNREFUSED: Connection refused - connect(2) for \"db\" port 5432\nI start it with docker-compose up",
		// The daemon answered; nothing says which proxy gave up.
		"$ docker network create mynet\nError response from daemon: i/o timeout",
		// polkit refusing the user: the daemon's state is not shown.
		"$ systemctl start docker\nFailed to start docker.service: Interactive authentication required.\nSee system logs and 'systemctl status docker.service' for details.",
		// chown on the mounted socket, and Desktop's network helper for a
		// privileged port: no client was refused by the daemon's socket.
		"chown: changing ownership of '/var/run/docker.sock': Permission denied",
		"Error response from daemon: Ports are not available: exposing port UDP 127.0.0.1:53 -> 0.0.0.0:0: failed to connect to /var/run/com.docker.vmnetd.sock: is vmnetd running?: dial unix /var/run/com.docker.vmnetd.sock: connect: no such file or directory",
		// A browser at some app's HTTPS port.
		"When I access the service on port 8443, the page displays the following message.\n\nClient sent an HTTP request to an HTTPS server.",
		// rm refused to unlink the socket's path: no client connected.
		"rm -f /private/var/run/docker.sock\nrm: cannot remove '/private/var/run/docker.sock': Permission denied",
		// An app container's own refused connection, in Compose's log.
		"I'm trying to start HCPY as a docker with \"docker compose up\"\napp-1  |     sock.connect(sa)\napp-1  | ConnectionRefusedError: [Errno 111] Connection refused",
		// Hub sign-in through a proxy that re-signs TLS.
		"docker x509 certificate signed by unknown authority\n\nWhen starting docker desktop sometimes this message appears.\nmost of the time it's time to login",
		// The daemon answering that minikube's container is gone, whatever
		// the writer calls it.
		"giving me the error unable to connect to docker daemon\nX Exiting due to GUEST_STATUS: Unable to get control-plane node minikube host status: state: unknown state \"minikube\": docker container inspect minikube --format={{.State.Status}}: exit status 1\nstderr:\nError response from daemon: No such container: minikube",
		// Traefik logging a browser's failed handshake with Traefik.
		`time="2019-09-29T14:53:16Z" level=debug msg="http: TLS handshake error from 163.198.11.125:50363: remote error: tls: unknown certificate authority"` + "\n" +
			`time="2019-09-29T14:53:25Z" level=debug msg="Filtering disabled container" providerName=docker container=internal-services-redis`,
		// Docker for Mac's network helper down while its engine checks pass.
		"failure: /private/tmp/vmnetd/com.docker.vmnetd is not running\n[OK]     vpnkit\n[ERROR]  vmnetd\n[OK]     moby\n[OK]     docker-cli",
		// Compose v1's name missing while the writer says v2 is there.
		"`make up` throws an error `docker-compose: command not found`. That is because `docker-compose` doesn't exist but `docker compose` does.",
		// A registry answering plain HTTP sent to its HTTPS port.
		`getting image: Get "https://localhost:8443/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority; GET http://localhost:8443/v2/: unexpected status code 400 Bad Request: Client sent an HTTP request to an HTTPS server.`,
		// A linter quoting the source line that builds the client's error.
		"client/request.go:186:28: error-strings: error strings should not be capitalized or end with punctuation or a newline (revive)\n" +
			`                err = errors.Wrap(err, "This error may indicate that the docker daemon is not running.")`,
		// An app's own certificates, in a container or a Node service.
		"$ docker compose up\nnginx-1  | nginx: [emerg] PEM_read_bio_X509_AUX(\"/etc/nginx/certs/site.pem\") failed (SSL: error:0480006C:PEM routines::no start line)",
		"Error: ENOENT: no such file or directory, open '/app/certs/key.pem'\n    at Object.openSync (node:fs:601:3)\nrunning in docker",
		// Docker Desktop stopping a container is no stopped engine.
		"Docker Desktop stopped the container because it ran out of memory",
		// Another service's daemon that cannot be pinged.
		"cannot ping daemon at 10.1.2.3:9100 (node_exporter)",
		// Documentation telling readers to use sudo, and that a project needs Compose.
		"On Linux you have to put sudo in front of docker commands unless your user is in the docker group.",
		"This project requires docker-compose to be installed.",
		// The client out of file descriptors: the daemon answers.
		`Error: error during connect: Get http://var/run/docker.sock/v1.25/containers/abc/stats?stream=1: dial unix /var/run/docker.sock: socket: too many open files`,
		// HTTP-mocking libraries answering docker-py in a test run.
		"E           docker.errors.DockerException: Error while fetching server API version: cannot unpack non-iterable CallbackResponse object",
		"docker_client = docker.from_env()\n<Result ConnectionError('Connection refused: GET http+docker://localhost/v1.35/containers/json?limit=-1&all=0',)>.exit_code",
		// A MySQL socket in an app's DSN looked up as a host.
		"panic: dial tcp: lookup /var/run/mysqld/mysqld.sock: no such host",
		// An SFTP client's ssh refused: no Docker over ssh.
		"Error: connect ECONNREFUSED 10.0.0.5:22\n    at TCPConnectWrap.afterConnect (node:net:1555:16) ssh2-sftp-client",
		// What a CI job does whenever the daemon times out.
		"When the docker daemon times out, our CI job retries the step.",
		// A Compose v2 plugin that may not run is no v1 program.
		"fork/exec /usr/local/lib/docker/cli-plugins/docker-compose: permission denied",
		// An app's own files refusing it, in Rust's words.
		"called `Result::unwrap()` on an `Err` value: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }",
		// Something answered /version, with no JSON.
		"DockerException: Error while fetching server API version: Expecting value: line 1 column 1 (char 0)",
		// The daemon answering with its refusal of a bind mount's spec.
		"Status 500: {\"message\":\"invalid volume specification: 'tcp://jenkinsdind:2376:/var/run/docker.sock:rw'\"}",
		// A Harbor login's x509, reported in Chinese.
		"不能登陆到harbor\n报错为：x509: certificate signed by unknown authority\ndocker的版本18.09",
		// Colima running another runtime than docker.
		"INFO[0000] runtime: containerd\nFATA[0000] error starting vm: error at 'starting': exit status 1\ncolima start failed",
		// rootlesskit of another tool (buildkit).
		"$ rootlesskit buildkitd\n[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 5349 failed",
		// Another project's container named like docker-git's.
		"docker: Error response from daemon: Conflict. The container name \"/docker-github-runner\" is already in use by container \"abc\". You have to remove (or rename) that container to be able to reuse that name.",
		// -d given to Compose itself, before `up`: Compose v2 rejects it too.
		"The README suggests the command \"docker compose -d -f openmaint/docker-compose.yml up\". However, when running the command, the output shows an error message \"unknown shorthand flag: 'd' in -d\".",
		// A registry that did not respond, relayed by the daemon.
		"Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp 1.2.3.4:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time",
		// An app in a container failing on its own files (Rust's errno).
		"deploying bili-sync with Docker on a NAS: Permission denied (os error 13)\nfailed to download file: Permission denied (os error 13)",
		// A registry's certificate while pulling an image (spaced as copied).
		"When I use Docker to pull the image from a private repository, error info by:\n    tls: failed to verify certificate: x509: certificate is valid for *. traefik. default, not docker. io.",
		// A supposition that Docker Desktop failed to start.
		"If Docker Desktop failed to start, reset it from the troubleshoot menu.",
		// A classic Swarm manager answering, reporting one node it cannot reach.
		"docker: Error response from daemon: No healthy node available in the cluster.\n> docker -H :4000 info\nServer Version: swarm/1.1.3\nNodes: 2\n (unknown): xxxxx:2375\n  └ Status: Pending\n  └ Error: Cannot connect to the docker engine endpoint",
		// Compose v1's verbose client shows the daemon answering its version.
		"ERROR: Couldn't connect to Docker daemon - you might need to run `docker-machine start default`.\ncompose.cli.command.get_client: Docker version: KernelVersion=4.4.0-97-generic, Arch=amd64, ApiVersion=1.32, Version=17.09.0-ce",
		// A socket file in the build context, under "error during connect".
		"Build Failed: error during connect: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/build?dockerfile=Dockerfile: archivePaths: tarPath '/src/tilt.build': /src/tilt.build/src/socket: making header: archive/tar: sockets not supported",
		// A guess among causes, not a statement of either.
		"> `Error response from daemon: Get registry-1.docker.io/v2/`\nDocker daemon isn't running, or no internet connection:",
		// A supposition that docker hangs.
		"If docker commands hang, restart Docker Desktop from its menu.",
		// The client could not build the request's body (no Dockerfile).
		"Error: running skaffold steps: build: build step: running build for artifact: running build: docker build: error during connect: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.35/build?dockerfile=Dockerfile: creating docker context: getting relative tar paths: opening dockerfile: Dockerfile: open Dockerfile: no such file or directory",
		// Something else not found (an image), not the shell's "command not found".
		"docker pull myimage says not found",
		// A supposition of the shell's "command not found", not an account.
		"If running docker gives command not found, install Docker Desktop first.",
		// docker rejecting a flag of its own (an old client), not Compose's.
		"unknown flag: --description\nSee 'docker --help'.\n\nUsage:\tdocker [OPTIONS] COMMAND",
		// dockerd's containerd, not the daemon's socket.
		"Cannot start service app: connection error: desc = \"transport: dial unix /var/run/docker/containerd/docker-containerd.sock: connect: connection refused\"",
		// A registry's certificate while pulling.
		"$ docker pull hello-world\ndocker: error pulling image configuration: Get https://proxy.example/x: x509: certificate signed by unknown authority.",
		"Error response from daemon: No such container: web-1",
		// git's own ssh to its remote (a clone, a module download).
		"$ git clone ssh://git@localhost:2022/repo\nCloning into 'repo'...\nssh: connect to host localhost port 2022: Connection refused\nfatal: Could not read from remote repository.",
		"'ssh://git@github.com/o/m.git?ref=master': /usr/bin/git exited with 128: Cloning into '/tmp/m'...\nHost key verification failed.\nfatal: Could not read from remote repository.",
		// A container's own EACCES in Compose's service log.
		"$ docker compose up\napp-core  | Starting\napp-core  | \napp-core  | Permission denied (os error 13)\napp-core exited with code 1 (restarting)",
		// A Rust client refused by some web service in a Docker setup.
		"Inside the function (in Docker):\nhttp://localhost:54321: Fails with Connection refused (os error 111).",
		// Only a condition: what happens when docker is not running.
		"example output for when a user doesn't have docker running:\n! start engine: exit status 1",
		// A pipe reached from inside a container that cannot use it.
		"error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.37/version: open //./pipe/docker_engine: message read mode pipes not supported",
		"error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.37/version: open //./pipe/docker_engine: message read\nmode pipes not supported In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.",
		// Compose v1's program missing beside the v2 plugin the writer installed.
		"On Ubuntu 24 on a fresh install of docker and the docker compose plugin, when I run:\n./setupConsole.sh: line 6: docker-compose: command not found",
		// Some web API that happens to listen on 2376.
		"2024/01/12 10:03:50 main.go:46: [fatal] Get \"http://10.10.10.21:2376/api/v1/detect/gpu\": dial tcp 10.10.10.21:2376: i/o timeout",
		// An upstart restart: stopped, then running again.
		"$ sudo service docker restart\ndocker stop/waiting\ndocker start/running, process 19816",
		// A supposition that docker is not running.
		"If docker isn't running, start it with `sudo systemctl start docker`.",
		"Please check whether docker is not running before you retry.",
		// Compose's flag after the subcommand: Compose answered.
		"/usr/bin/docker compose -f /home/vsts/work/1/s/docker-compose.yaml -p megaproject build --profile build\nunknown flag: --profile",
		// docker-py meeting a requests release it does not support, however
		// the page explains it.
		"docker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker\n\nThis means Docker can't connect to the Docker daemon.",
		// A reason given for a credential helper's failure, no daemon asked.
		"error getting credentials - err: exec: \"docker-credential-desktop\": executable file not found in $PATH, out: ``\n\nThese failures occur on the macOS server because:\n1. Docker Desktop is not running within an SSH session",
		// The daemon relaying its network plugin's socket, or refusing a
		// bind mount's source: the daemon answered.
		"Failed to start container 7b84: API error (500): {\"message\":\"Post http://%2Frun%2Fdocker%2Fplugins%2Fweavemesh.sock/IpamDriver.RequestAddress: dial unix /run/docker/plugins/weavemesh.sock: connect: connection refused\"}",
		"docker failed to create container 'k3d-MB-tools': Error response from daemon: container create: statfs /var/run/docker.sock: permission denied",
		// A registry's certificate while a tool pulls its image.
		"DOCKER_HOST=unix:///var/run/docker.sock\nPulling the image node:20\nError: self signed certificate in certificate chain",
		// Compose's flag given after its subcommand: misplaced, Compose is there.
		"$ docker-compose up -f docker-compose.fullnode.yaml\nunknown shorthand flag: 'f' in -f",
		"unknown shorthand flag: 'f' in -f\nSee 'docker stack deploy --help'.",
		"Container app-db-1  Error\ndependency failed to start: container app-db-1 is unhealthy",
		"The connection to the server localhost:8080 was refused - did you specify the right host or port?",
		"Error response from daemon: driver failed programming external connectivity on endpoint web (3f): Bind for 0.0.0.0:8080 failed: port is already allocated",
		"mkdir /data/db: permission denied",
		"git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.",
		"Hint: run `newgrp docker` after adding yourself to the group",
		// Other programs whose names end in docker, and sockets of other
		// daemons reached through a daemon that answered.
		"The command sudo lazydocker says lazydocker command not found.",
		"command [docker exec -i dagger-engine buildctl dial-stdio] has exited with exit status 1: stderr=Error: dial unix /run/dagger/engine.sock: connect: no such file or directory",
		// An app's TLS inside its image; a strategy class its loader lacks.
		"x509: certificate signed by unknown authority error occurred when running with a docker image: ca-certificates do not exist in the Docker image",
		"Can't instantiate a strategy from org.testcontainers.dockerclient.UnixSocketClientProviderStrategy (ClassNotFoundException).\nCould not find a valid Docker environment. Please check configuration.",
		// An app in a container failing to spawn its own process.
		"PS C:\\> docker run -p 4444:4444 agenticlabs/lsproxy\nError: Custom { kind: Other, error: \"Failed to spawn Java process: No such file or directory (os error 2)\" }",
		// Advice that supposes an error is no evidence of it.
		"Run `newgrp docker` if you see a permission error on /var/run/docker.sock: connect: permission denied",
		// A per-feature API gate: the daemon answered with its version.
		"specify mac-address per network\" requires API version 1.44, but the Docker daemon API version is 1.43.",
		// A timeout inside an answer, or while waiting on a created container.
		"failed to create sandbox: POST VM create failed: status 500: {\"message\":\"timed out waiting for dockerd: Get \\\"http://%2Fvar%2Frun%2Fdocker.sock/_ping\\\": context deadline exceeded\"}\n$ docker context ls",
		"I received a `failed to start container: context deadline exceeded`, and running `docker ps` in parallel did not show a container",
		// An app's own socket or port, another service's TLS, Lima's own ssh.
		"[ERROR inv_sig_helper_rust] Error occurred while trying to bind: Permission denied (os error 13) in the docker container",
		"When starting the stack via `docker compose up`, it fails with `dotnet-monitor-1  | Unhandled exception: System.Net.Sockets.SocketException (13): Permission denied`.",
		"$ docker-machine create --driver virtualbox default\n(dev) Unable to get the latest Boot2Docker ISO release version:  Get https://api.github.com/repos/boot2docker/boot2docker/releases/latest: x509: certificate signed by unknown authority",
		"{\"level\":\"debug\",\"msg\":\"stderr=\\\"shadow@127.0.0.1: Permission denied (publickey).\\\", err=failed to execute script \\\"ssh\\\"\"}\n{\"level\":\"info\",\"msg\":\"Waiting for the essential requirement 1 of 5: \\\"ssh\\\"\"}",
		// A user who says the daemon runs, quoting the tool's claim.
		"error message shows that it was unable to connect to docker daemon but it is up and running on the system",
		// A container's own log line while its health is reported.
		"ERROR vector::sources::docker_logs: Listing currently running containers failed. error=error trying to connect: Connection refused (os error 111)\nsupabase_vector_supabase container is not ready: unhealthy",
		// Another program's own daemon socket (a Rust unix_socket module).
		"ERROR fig_cli::daemon: 119: Error spawning system handler:\n   0: Could not connect to daemon socket\n   1: Permission denied (os error 13)\nLocation:\n   fig_cli/src/daemon/system_handler.rs:324\nfig_ipc::unix_socket: Failed to connect",
		// The daemon answered: its proxy lost the stream of a load.
		"$ docker load < tarball.tar\nError response from daemon: handle request: write request: write unix @->/var/run/docker.sock: write: broken pipe",
		// Lookalikes a terminal wrapped: the words that make them no
		// Docker-access failure are on the wrapped line's rest.
		"docker.errors.DockerException: Error while fetching server API version: Not supported URL\nscheme http+docker",
		"$ docker-machine create --driver virtualbox default\nRunning pre-create checks...\n(dev) Unable to get the latest Boot2Docker ISO release version:  Get\nhttps://api.github.com/repos/boot2docker/boot2docker/releases/latest: x509:\ncertificate signed by unknown authority",
		// Kubernetes finding no Docker socket on a node: no Docker client.
		"kubelet  MountVolume.SetUp failed for volume \"dockersock\" : hostPath type check failed: /var/run/docker.sock is not a socket file",
		// docker-machine's library in other tools, and any Go program's dial.
		"go run main.go\n2023/01/01 Error dialing TCP: dial tcp 10.1.2.3:5432: connect: connection refused",
		"$ crc start\nERRO Error dialing TCP: dial tcp 192.168.130.11:22: connect: no route to host",
		"I1021 libmachine: Error dialing TCP: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain",
		"E0912 start.go:159] Error starting host: Error creating host: Error creating machine: Error with pre-create check: \"This computer doesn't have VT-X/AMD-v enabled\"",
		"$ docker-machine rm old-vm\nHost does not exist: \"old-vm\"",
		// Another API with a dotted version in its path.
		"2023/06/07 17:20:52 Get \"https://graph.microsoft.com/v1.0/users\": EOF",
		// Units whose names end in docker.service, and a stop that timed out.
		"systemd[1]: cri-docker.service: Failed with result 'exit-code'.",
		"nextcloud-docker.service: Start request repeated too quickly.",
		"Stopping Docker Application Container Engine...\ndocker.service: Failed with result 'timeout'.\nStopped Docker Application Container Engine.",
		// Other tools' words for a machine without virtualization.
		"Android Emulator:\nVirtualization support not detected\nHAXM cannot be installed",
		"$ wsl --install -d Ubuntu\nVirtual Machine Platform not enabled",
		// A test's own panic, on a machine that runs OrbStack.
		"$ go test ./...\nRunning on macOS with OrbStack as my Docker runtime.\n--- FAIL: TestIntegration (120.00s)\npanic: timed out waiting for services to start [recovered]",
		// A guide's fixes, not errors that happened.
		"Fix possible errors: Cannot connect to the Docker daemon at unix:///var/run/docker.sock -> start Docker Desktop",
		"Fix error: permission denied while trying to connect to the Docker daemon socket -> add yourself to the docker group",
		// minikube's ssh to its own node container.
		"Cannot install minikube on Windows / Docker : Error dialing TCP: dial tcp 127.0.0.1:49204: connectex: No connection could be made because the target machine actively refused it.",
	} {
		if got := model.ClassifyText(text); !equalKinds(got, []model.Kind{model.KindUnknown}) {
			t.Errorf("ClassifyText(%q) = %v, want unknown", text, got)
		}
	}
}

func TestReadPasteNamesTheEndpoint(t *testing.T) {
	for text, want := range map[string]string{
		"Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?":                                                    "unix:///run/user/1000/docker.sock",
		"error during connect: Get \"http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version\": open //./pipe/docker_engine: The system cannot find the file specified.": "npipe:////./pipe/docker_engine",
		"dial unix /var/run/docker.sock: connect: permission denied":                                                                                                 "unix:///var/run/docker.sock",
		"Direct probe: exit=1; boom\nDOCKER_HOST: tcp://10.0.0.5:2376":                                                                                               "tcp://10.0.0.5:2376",
		"docker: 'compose' is not a docker command.":                                                                                                                 "",
	} {
		if got := model.ReadPaste(text).Host; got != want {
			t.Errorf("ReadPaste(%q).Host = %q, want %q", text, got, want)
		}
	}
}

// The endpoint a paste shows Docker at, besides the failing one, fills the
// alternate socket's commands.
func TestReadPasteNamesTheOtherEndpoint(t *testing.T) {
	failing := "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
	for text, want := range map[string]string{
		failing + "$ docker context ls\nNAME TYPE DESCRIPTION DOCKER ENDPOINT\ncolima * moby colima unix:///Users/ada/.colima/default/docker.sock": "unix:///Users/ada/.colima/default/docker.sock",
		failing + "root 1 0 0 09:33 ? 00:00:02 /usr/bin/dockerd -H tcp://0.0.0.0:2376":                                                             "tcp://0.0.0.0:2376",
		failing + "Docker is running but location is `/Users/ada/.docker/run/docker.sock`":                                                         "unix:///Users/ada/.docker/run/docker.sock",
		failing + "$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES":                                            "",
	} {
		p := model.ReadPaste(text)
		if !equalKinds(p.Kinds(), []model.Kind{model.KindAlternateSocketAvailable}) || p.OtherHost != want {
			t.Errorf("ReadPaste(%q) = %v, OtherHost %q; want alternate-socket-available at %q", text, p.Kinds(), p.OtherHost, want)
		}
	}
	fs := model.Explain(failing+"colima * moby colima unix:///Users/ada/.colima/default/docker.sock", catalog(t))
	var commands []string
	for _, f := range fs {
		for _, st := range f.Checklist {
			commands = append(commands, st.Command)
		}
	}
	if len(fs) != 1 || !strings.Contains(fs[0].Explanation, "unix:///Users/ada/.colima/default/docker.sock") ||
		!strings.Contains(strings.Join(commands, "\n"), "export DOCKER_HOST=unix:///Users/ada/.colima/default/docker.sock") {
		t.Errorf("Explain of a named other endpoint: %+v", fs)
	}
}

// Compose v1's program missing is Compose missing where the paste ran, and
// the finding says which program it was; a paste showing Compose v2
// present is no finding.
func TestComposeV1Missing(t *testing.T) {
	fs := model.Explain("$ docker-compose up -d\n-bash: docker-compose: command not found", catalog(t))
	if len(fs) != 1 || fs[0].Kind != model.KindComposePluginMissing || !strings.Contains(fs[0].Explanation, "`docker-compose` program (Compose v1)") {
		t.Errorf("Explain of docker-compose not found: %+v", fs)
	}
	fs = model.Explain("$ docker compose up\ndocker: 'compose' is not a docker command.", catalog(t))
	if len(fs) != 1 || strings.Contains(fs[0].Explanation, "Compose v1") {
		t.Errorf("Explain of docker compose failing speaks of v1: %+v", fs)
	}
	got := model.ClassifyText("Debian 11 with docker-compose-plugin installed\nerror: exec: \"docker-compose\": executable file not found in $PATH")
	if !equalKinds(got, []model.Kind{model.KindUnknown}) {
		t.Errorf("docker-compose missing beside the v2 plugin = %v, want unknown", got)
	}
}

// A paste of the daemon (or its VM) failing to start shows no client: the
// finding says what failed, and a client's own error keeps its sentence.
func TestDaemonStartFailureSaysWhatFailed(t *testing.T) {
	fs := model.Explain("Job for docker.service failed because the control process exited with error code.", catalog(t))
	if len(fs) != 1 || fs[0].Kind != model.KindDaemonUnreachable || !strings.Contains(fs[0].Explanation, "failing to start") || strings.Contains(fs[0].Explanation, "client") {
		t.Errorf("Explain of a service that failed to start: %+v", fs)
	}
	fs = model.Explain("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", catalog(t))
	if len(fs) != 1 || !strings.Contains(fs[0].Explanation, "a Docker client that found no daemon answering") || strings.Contains(fs[0].Explanation, "failing to start") {
		t.Errorf("Explain of a client finding no daemon: %+v", fs)
	}
	// The exception Docker Desktop's engine start path threw (a localised
	// .NET stack trace): the engine failed to start, no client was refused.
	desktop := "System.ComponentModel.Win32Exception:\nThe system cannot find the file specified\n" +
		"   在 Docker.Engines.WSL2.LinuxWSL2Engine.<DoStartAsync>d__25.MoveNext() 位置 C:\\workspaces\\src\\Docker.Desktop\\Engines\\WSL2\\LinuxWSL2Engine.cs:行号 106"
	fs = model.Explain(desktop, catalog(t))
	if len(fs) != 1 || fs[0].Kind != model.KindDaemonUnreachable || !strings.Contains(fs[0].Explanation, "failing to start") {
		t.Errorf("Explain of Docker Desktop's engine start exception: %+v", fs)
	}
	// The same exception thrown elsewhere is no start failure.
	if fs := model.ClassifyText("System.ComponentModel.Win32Exception:\nThe system cannot find the file specified\n   at MyApp.Program.Main()"); len(fs) != 1 || fs[0] != model.KindUnknown {
		t.Errorf("an exception outside Docker Desktop's start path: %v", fs)
	}
}

// A paste indented or quoted as a whole (a Markdown code block, a quoted
// reply) reads as its own lines: advice below a header ends where the
// program's lines do, and a line starts where the program started it.
func TestPasteIndentedAsAWholeReadsAsItsLines(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []model.Kind
	}{
		{"docker-git's message, its details after an action plan",
			"Cannot connect to Docker daemon.\nHint: ensure Docker daemon is running and current user can access the docker socket.\nAction plan:\n" +
				"1) Check daemon status: `systemctl status docker`.\n2) Retry command in a new shell.\n" +
				"Details: Failed to initialize: unable to resolve docker endpoint: context \"desktop-linux\": context not found: open /home/alice/.docker/contexts/meta/fe9c/meta.json: no such file or directory",
			[]model.Kind{model.KindEndpointInvalid}},
		{"a tool's command at the start of a line",
			"Install the app and use it. Example:\norb\nstart VM: timed out waiting for VM to start",
			[]model.Kind{model.KindDaemonUnreachable}},
	}
	for _, tc := range cases {
		for way, pasted := range map[string]string{
			"as it was":           tc.text,
			"indented 4 spaces":   "    " + strings.ReplaceAll(tc.text, "\n", "\n    "),
			"indented a tab":      "\t" + strings.ReplaceAll(tc.text, "\n", "\n\t"),
			"quoted and indented": "> " + strings.ReplaceAll("  "+strings.ReplaceAll(tc.text, "\n", "\n  "), "\n", "\n> "),
		} {
			if got := model.ClassifyText(pasted); !equalKinds(got, tc.want) {
				t.Errorf("%s, %s: ClassifyText = %v, want %v", tc.name, way, got, tc.want)
			}
		}
	}
}

// A JSON log line's strings read as the program wrote them, before JSON
// escaped their quotes and backslashes.
func TestJSONLogLineReadsAsItsStrings(t *testing.T) {
	for text, want := range map[string]model.Kind{
		`{"level":"error","msg":"Resolving the default context fails with \"context \"default\": context not found: open C:\\...\\meta.json: The system cannot find the path specified.\""}`: model.KindEndpointInvalid,
		`{"level":"error","error":"Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: The system cannot find the file specified"}`:                                           model.KindDaemonUnreachable,
		`{"level":"error","error":"Cannot run program \"docker\": error=2, No such file or directory"}`:                                                                                      model.KindDockerCLIMissing,
	} {
		if got := model.ClassifyText(text); !equalKinds(got, []model.Kind{want}) {
			t.Errorf("ClassifyText(%s) = %v, want %v", text, got, want)
		}
	}
}

// TestCILogReadsAsTheProgramsLines: a CI system's log puts its time before
// every line (GitHub Actions, GitLab with its stream marker); prompts,
// tables and guards read as the program printed them.
func TestCILogReadsAsTheProgramsLines(t *testing.T) {
	for text, want := range map[string][]model.Kind{
		// The table of plain `docker ps` shows the CLI's daemon answering.
		"2024-05-01T10:00:00.1234567Z $ ./gradlew test\n" +
			"2024-05-01T10:00:01.1234567Z Could not find a valid Docker environment. Please see logs and check configuration\n" +
			"2024-05-01T10:00:02.1234567Z $ docker ps\n" +
			"2024-05-01T10:00:02.2234567Z CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n" +
			"2024-05-01T10:00:02.3234567Z 3f2a1b0c9d8e   redis     \"redis\"   1 min     Up        6379/tcp  cache": {model.KindAlternateSocketAvailable},
		// `sudo docker` printing its result: only sudo works.
		"2024-05-01T10:00:00.123456Z 00O $ docker info\n" +
			"2024-05-01T10:00:00.223456Z 01E permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied\n" +
			"2024-05-01T10:00:01.123456Z 00O $ sudo docker info\n" +
			"2024-05-01T10:00:01.223456Z 00O Server Version: 24.0.7\n" +
			"2024-05-01T10:00:01.323456Z": {model.KindSocketPermissionDenied, model.KindSudoFallbackOnly},
		// The writer's words before the log.
		"Testcontainers fails in my GitHub Actions job:\n\n" +
			"2024-05-01T10:00:01.1234567Z Could not find a valid Docker environment. Please see logs and check configuration\n" +
			"2024-05-01T10:00:02.1234567Z $ docker ps\n" +
			"2024-05-01T10:00:02.2234567Z CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n" +
			"2024-05-01T10:00:02.3234567Z 3f2a1b0c9d8e   redis     \"redis\"   1 min     Up        6379/tcp  cache\n\nAny idea?": {model.KindAlternateSocketAvailable},
	} {
		if got := model.ClassifyText(text); !equalKinds(got, want) {
			t.Errorf("ClassifyText(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestExplainSpeaksOfThePaste(t *testing.T) {
	fs := model.Explain("Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock", catalog(t))
	if len(fs) != 1 || fs[0].Kind != model.KindSocketPermissionDenied {
		t.Fatalf("findings = %+v", fs)
	}
	f := fs[0]
	if f.Source != model.SourcePaste {
		t.Errorf("source = %q, want paste", f.Source)
	}
	if len(f.Evidence) == 0 || !strings.HasPrefix(f.Evidence[0], "pasted: Got permission denied") {
		t.Errorf("evidence = %q, want the pasted statement", f.Evidence)
	}
}

// Each finding names the endpoint of its own statements, not the first
// one the paste names.
func TestPastedFindingsNameTheirOwnEndpoint(t *testing.T) {
	fs := model.Explain("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nGot permission denied while trying to connect to the Docker daemon socket at unix:///mnt/wsl/rancher-desktop/run/docker.sock: Get \"http://x/v1.24/containers/json\": dial unix /mnt/wsl/rancher-desktop/run/docker.sock: connect: permission denied", catalog(t))
	want := map[model.Kind]string{
		model.KindDaemonUnreachable:      "/var/run/docker.sock",
		model.KindSocketPermissionDenied: "/mnt/wsl/rancher-desktop/run/docker.sock",
	}
	if len(fs) != len(want) {
		t.Fatalf("findings = %+v, want %d", fs, len(want))
	}
	for _, f := range fs {
		path, other := want[f.Kind], ""
		for k, p := range want {
			if k != f.Kind {
				other = p
			}
		}
		text := f.Explanation
		for _, s := range f.Checklist {
			text += "\n" + s.Command
		}
		if !strings.Contains(text, path) || strings.Contains(text, other) {
			t.Errorf("%s speaks of %q; want %s and never %s", f.Kind, text, path, other)
		}
	}
}

// A paste that shows no known failure claims no error, and the finding
// does not speak of a raw error that the paste does not hold.
func TestExplainOfNoKnownFailureClaimsNone(t *testing.T) {
	fs := model.Explain("hello world", catalog(t))
	if len(fs) != 1 || fs[0].Kind != model.KindUnknown {
		t.Fatalf("findings = %+v", fs)
	}
	if fs[0].Severity == model.SeverityError {
		t.Errorf("severity = %q: a paste without a known failure is no error", fs[0].Severity)
	}
	if strings.Contains(fs[0].Title, "failed") || strings.Contains(fs[0].Explanation, "raw error") {
		t.Errorf("title %q, explanation %q: speak of a failure the paste does not show", fs[0].Title, fs[0].Explanation)
	}
}

// The client's request URL names the TCP endpoint it tried.
func TestPastedRequestURLNamesTheEndpoint(t *testing.T) {
	fs := model.Explain(`error during connect: Get "http://10.0.0.7:2375/v1.45/containers/json": dial tcp 10.0.0.7:2375: connect: connection refused`, catalog(t))
	if len(fs) != 1 || !strings.Contains(fs[0].Explanation, "tcp://10.0.0.7:2375") {
		t.Fatalf("findings = %+v, want the endpoint tcp://10.0.0.7:2375 named", fs)
	}
	// The ssh helper's placeholder host is no endpoint.
	fs = model.Explain(`error during connect: Get "http://docker.example.com/v1.41/info": dial tcp: lookup docker.example.com: no such host`, catalog(t))
	if len(fs) == 0 || strings.Contains(fs[0].Explanation, "docker.example.com") {
		t.Errorf("findings = %+v: the ssh helper's placeholder named as the endpoint", fs)
	}
}

func TestExplainNeutralisesEscapes(t *testing.T) {
	// C1 controls come as runes (valid UTF-8), so they reach the sanitiser
	// instead of being dropped as invalid bytes: U+009B starts a CSI
	// sequence (removed whole), U+0085 is a lone control (shown escaped).
	evil := "permission denied while trying to connect to the Docker daemon socket \x1b[2J\x1b]0;pwned\x07 \x1b[31mred\x1b[0m \x07bell \u009b2Jcsi \u0085nel"
	fs := model.Explain(evil, catalog(t))
	if len(fs) == 0 || fs[0].Kind != model.KindSocketPermissionDenied {
		t.Fatalf("findings = %+v", fs)
	}
	joined := strings.Join(fs[0].Evidence, "\n")
	if strings.ContainsAny(joined, "\x1b\x07\u009b\u0085") || strings.Contains(joined, "2Jcsi") {
		t.Errorf("evidence still holds a control character: %q", joined)
	}
	if strings.Contains(joined, "pwned") {
		t.Errorf("window title payload survived: %q", joined)
	}
	if !strings.Contains(joined, `\u0085nel`) || !strings.Contains(joined, "^Gbell") || !strings.Contains(joined, " csi") {
		t.Errorf("C1 and C0 controls are not shown escaped: %q", joined)
	}
}

func equalKinds(a, b []model.Kind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzClassifyText(f *testing.F) {
	f.Add("Cannot connect to the Docker daemon at unix:///var/run/docker.sock")
	f.Add("permission denied \x1b[2J")
	f.Add("Direct probe: exit=1; x\nSudo probe: exit=0; ok")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		ks := model.ClassifyText(s)
		if len(ks) == 0 {
			t.Fatal("no kind returned")
		}
		for _, k := range ks {
			if !k.Valid() {
				t.Fatalf("invalid kind %q", k)
			}
		}
	})
}

func FuzzSanitizeText(f *testing.F) {
	f.Add("\x1b]0;title\x07plain\x1b[2J")
	f.Add("ok\r\nline")
	f.Add("c1 \u009b2J \u0085")
	f.Fuzz(func(t *testing.T, s string) {
		out := model.SanitizeText(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("control %U survived in %q", r, out)
			}
		}
	})
}

// TestPastedFindingsNameWhatThePasteShows: a finding's title and sentence
// follow the variant of its kind that the paste shows (a TLS file missing
// is no failed handshake, one client refusing an endpoint is no broken
// setting, Compose v1 failing is no missing plugin), and the kind's other
// variant keeps its own words.
func TestPastedFindingsNameWhatThePasteShows(t *testing.T) {
	for _, c := range []struct {
		name, paste   string
		kind          model.Kind
		say, neverSay string
	}{
		// docker-git's messages name their values: the finding does too.
		{"docker-git's revisions named", "docker-git controller did not become reachable.\nNo docker-git controller endpoint with revision 3f9a0c1d-host responded. Reachable mismatched controllers: http://127.0.0.1:3334 revision 91c2e7d0-isolated.",
			model.KindControllerRevisionMismatch, "answering with revision 91c2e7d0-isolated where 3f9a0c1d-host is expected", "<revision>"},
		{"compose's name in use named", `Error response from daemon: Conflict. The container name "/docker-git-api" is already in use by container "4719". You have to remove (or rename) that container to be able to reuse that name.` + "\nFailed to start docker-git controller.",
			model.KindControllerNameTaken, "a container named docker-git-api already holds", "<controller name>"},
		{"docker-git's API URL on another host", "docker-git controller is not reachable at https://dg.example.com.\nSet DOCKER_GIT_API_URL to a reachable backend or unset it to allow local Docker bootstrap.",
			model.KindControllerAPIUnreachable, "at https://dg.example.com. That URL names another host", "port may not be published"},
		{"the API port named by the userland proxy", "Error starting userland proxy: listen tcp4 127.0.0.1:3334: bind: address already in use\nFailed to start docker-git controller.",
			model.KindControllerPortTaken, "on port 3334", "<API port>"},
		// A daemon that could not start serves none of its -H endpoints.
		{"a daemon failing to create its socket, a TCP listener in its unit", "ExecStart=/usr/bin/dockerd -H unix:///var/run/docker.sock -H tcp://192.168.2.11:2375\n$ systemctl restart docker\nNov 15 09:45:35 docker dockerd[27753]: Failed to load listeners: can't create unix socket /var/run/docker.sock: is a directory\nNov 15 09:45:35 docker systemd[1]: Failed to start Docker Application Container Engine.",
			model.KindDaemonUnreachable, "failing to start", "another Docker endpoint"},
		// docker found, but through a relative PATH entry.
		{"docker found through a relative PATH entry, titled so", `exec: "docker": cannot run executable found relative to current directory`,
			model.KindDockerCLIMissing, "found only through a relative PATH entry", "not installed or not on PATH"},
		// A host name that did not resolve: nothing was connected to.
		{"a daemon's host name not resolving", `error during connect: Get "http://docker.example.invalid:2375/v1.45/containers/json": dial tcp: lookup docker.example.invalid: no such host`,
			model.KindDaemonUnreachable, "could not resolve the name of its daemon's host (tcp://docker.example.invalid:2375)", "found no daemon answering"},
		// Which side of an API gap is too old, as the paste says it.
		{"a client older than the daemon accepts", "Error response from daemon: client version 1.24 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version",
			model.KindAPIVersionMismatch, "refusing a client older than it accepts", "Upgrade the Docker daemon"},
		{"a client older than the daemon accepts, in the writer's words (testcontainers)", "Desktop client is always requesting with api.version=1.32 while minimum supported version is 1.44 and docker is always responding with 400 bad request and no proper  error message.",
			model.KindAPIVersionMismatch, "refusing a client older than it accepts", "Upgrade the Docker daemon"},
		{"a client newer than the daemon supports", "Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.41",
			model.KindAPIVersionMismatch, "above the daemon's maximum", "older than it accepts"},
		{"a tool's own old client beside a new docker CLI", "Error response from daemon: client version 1.42 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version\n$ docker version\nClient: Docker Engine - Community\n Version:           29.1.2\n API version:       1.52",
			model.KindAPIVersionMismatch, "the old client is the tool's or library's own", "needs upgrading (the docker CLI"},
		// Why the program found no docker it could run.
		{"docker found through a relative PATH entry", `exec: "docker": cannot run executable found relative to current directory`,
			model.KindDockerCLIMissing, "relative directory on its PATH", "Install the Docker CLI"},
		{"Docker Desktop's docker without com.docker.cli", `exec: "com.docker.cli": executable file not found in $PATH`,
			model.KindDockerCLIMissing, "finding no `com.docker.cli` to run", "finding no `docker` executable"},
		// A Windows pipe's access is Windows', not a socket's mode.
		{"Windows refusing the pipe", "error during connect: Get \"http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version\": open //./pipe/docker_engine: Access is denied.",
			model.KindSocketPermissionDenied, "docker-users group", "srw-rw----"},
		// A proxy answering 500 for its engine: something listened.
		{"Docker Desktop's proxy answering 500 on its pipe", "request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.45/containers/json, check if the server supports the requested API version",
			model.KindDaemonUnreachable, "answering a request with a server error", "found no daemon answering"},
		{"Docker Desktop's proxy answering 500 on its macOS socket", "request returned 500 Internal Server Error for API route and version http://%2FUsers%2Fme%2F.docker%2Frun%2Fdocker.sock/v1.51/version, check if the server supports the requested API version",
			model.KindDaemonUnreachable, "at unix:///Users/me/.docker/run/docker.sock answering", "nothing listens on it"},
		{"a client without ssh:// support", "docker.errors.DockerException: Install paramiko package to enable ssh:// support",
			model.KindEndpointInvalid, "does not accept the endpoint", "Every Docker client"},
		{"Podman's connection naming a machine that is gone", `Error: Get machine connection URI: Could not find a matching machine for connection "ssh://root@127.0.0.1:51055/run/podman/podman.sock"`,
			model.KindEndpointInvalid, "Podman's connection setting", "Every Docker client"},
		{"Portainer taking three schemes", `failed validating flags | error="Invalid environment protocol: Portainer only supports unix://, npipe:// or tcp://"`,
			model.KindEndpointInvalid, "does not accept the endpoint", "Every Docker client"},
		{"a malformed DOCKER_HOST", `unable to parse docker host "tcp//localhost:2375"`,
			model.KindEndpointInvalid, "Every Docker client", "does not accept the endpoint"},
		{"a missing ca.pem", "unable to resolve docker endpoint: open /home/u/.docker/ca.pem: no such file or directory",
			model.KindTLSError, "no TLS connection was tried", "handshake"},
		{"a handshake failure", "error during connect: Get https://192.168.99.100:2376/v1.40/info: x509: certificate signed by unknown authority",
			model.KindTLSError, "handshake", "no TLS connection was tried"},
		{"a docker-compose that may not run", "$ docker-compose build\n-bash: /usr/bin/docker-compose: Permission denied",
			model.KindComposePluginMissing, "docker-compose program", "plugin is missing"},
		{"a docker CLI without its Compose plugin", "docker: 'compose' is not a docker command.",
			model.KindComposePluginMissing, "plugin is missing", "docker-compose program"},
		// Compose v1 and the docker CLI before 1.13 said these words for a
		// refused permission too: the finding may not claim no daemon answered.
		{"Compose v1 that could not connect", "ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?\n\nIf it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.",
			model.KindDaemonUnreachable, "but not why", "found no daemon answering"},
		{"the docker CLI 1.12 that could not connect", "docker: Cannot connect to the Docker daemon. Is the docker daemon running on this host?.\nSee 'docker run --help'.",
			model.KindDaemonUnreachable, "but not why", "found no daemon answering"},
		{"the docker CLI naming its socket", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, "found no daemon answering", "but not why"},
		{"Compose v1 refused at a TCP endpoint", "ERROR: Couldn't connect to Docker daemon at tcp://10.0.0.2:2375 - is it running?",
			model.KindDaemonUnreachable, "found no daemon answering", "socket refuses"},
		// A machine that failed to start names its monitor's socket, not
		// where the Docker API would be served.
		{"Podman's machine failing to start", "$ podman machine start\nStarting machine \"podman-machine-default\"\nError: dial unix /run/user/1000/podman/qmp_podman-machine-default.sock: connect: no such file or directory",
			model.KindDaemonUnreachable, "failing to start", "qmp_"},
		// An EOF is an answer that never came, not a timeout.
		{"a connection closed without an answer", `error during connect: Get "http://%2FUsers%2Fx%2F.colima%2Fdocker.sock/v1.41/info": EOF`,
			model.KindDaemonUnresponsive, "closed without", "Clients will hang"},
		// Dev Containers says so for any failure of its docker command.
		{"Dev Containers' dialog alone", "Dialog box with \"Docker returned an error. Make sure the Docker daemon is running and select an option how to respond.",
			model.KindDaemonUnreachable, "but not the error", "found no daemon answering"},
		// sg and newgrp start a shell with a group only for its members.
		{"Docker answering in a shell sg started", "stas@ubuntu:~$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.51/containers/json\": dial unix /var/run/docker.sock: connect: permission denied\nstas@ubuntu:~$ sg docker\nstas@ubuntu:~$ docker ps\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES",
			model.KindGroupMembershipPending, "answering in a shell started with group docker", "user database"},
		{"Docker Desktop's WSL integration that stopped", "running wsl distro proxy in Ubuntu distro: running proxy: exit status 1",
			model.KindWSLIntegrationDisabled, "integration with a WSL 2 distro stopped", "not enabled"},
		{"systemctl finding no systemd", "$ sudo systemctl start docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.",
			model.KindDaemonUnreachable, "finding no systemd running", "found no daemon answering"},
		{"a docker program missing at the path a script ran it by", "/setup.sh: line 74: /docker: No such file or directory",
			model.KindDockerCLIMissing, "no runnable `docker` program at the path it was run by", "on its PATH"},
		{"Dev Containers' dialog, titled for what it says", "Docker returned an error. Make sure the Docker daemon is running.",
			model.KindDaemonUnreachable, "without the error", "is not running or not reachable"},
		// A joined next line adds nothing the message's line shows alone.
		{"a tool's 'cannot connect' followed by the writer's question", "(ERROR) Cannot connect to local Docker daemon. Skipping download.\nAny ideas?",
			model.KindDaemonUnreachable, "but not why", "found no daemon answering"},
		{"an app that could not connect to the local daemon, saying no more", "Unable to connect to the local Docker daemon at `unix:///var/run/docker.sock`. Please ensure that Docker is running and accessible. - 500",
			model.KindDaemonUnreachable, "but not why", "found no daemon answering"},
		{"a docker binary the loader cannot run", "docker: error while loading shared libraries: libltdl.so.7: cannot open shared object file: No such file or directory",
			model.KindDockerCLIMissing, "unable to load it", "on its PATH"},
		{"no docker on the shell's PATH", "bash: docker: command not found",
			model.KindDockerCLIMissing, "finding no `docker` executable on its PATH", "unable to load it"},
		{"a socket that accepts no new connection", "Get http:///var/run/docker.sock/v1.13/containers/json: dial unix /var/run/docker.sock: resource temporarily unavailable",
			model.KindDaemonUnresponsive, "accepted no new connection", "Clients will hang"},
		// The group the paste shows is named; "the socket's" is not
		// claimed (no socket was seen).
		{"groups of the session and of the user database", "$ groups\n[myname] adm cdrom sudo\n$ groups [myname]\n[myname] : [myname] adm cdrom sudo docker",
			model.KindGroupMembershipPending, "in group docker", "<socket group>"},
		{"the writer's own account of the two group lists", "I had to reconnect my SSH because `groups` didn't list me as being a member of the `docker` group, but `/etc/group` did.",
			model.KindGroupMembershipPending, "in group docker", "<socket group>"},
		// Group names are case-sensitive: the command must name "docker".
		{"the writer capitalising the group", "I had to reconnect because `groups` didn't list me as a member of the Docker group, but /etc/group did.",
			model.KindGroupMembershipPending, "newgrp docker", "newgrp Docker"},
		// The v2 plugin that cannot run is no Compose v1 program.
		{"the Compose plugin of another architecture", "$ /usr/libexec/docker/cli-plugins/docker-compose version\nbash: /usr/libexec/docker/cli-plugins/docker-compose: cannot execute binary file: Exec format error",
			model.KindUnknown, "", "Compose v1"},
		// A running docker.service is shown, its socket is not: the
		// finding says where it comes from.
		{"the system's docker.service running", "Cannot connect to the Docker daemon at unix:///home/ada/.docker/desktop/docker.sock. Is the docker daemon running?\n● docker.service - Docker Application Container Engine\n     Active: active (running) since Mon 2023-10-16 14:10:14 EDT; 2min 6s ago",
			model.KindAlternateSocketAvailable, "unless its configuration says otherwise", "names unix:///var/run/docker.sock"},
		// `docker version` output pasted without its command: the CLI's
		// daemon answered; which socket it used the paste does not say.
		{"a docker version Server section beside a refused tool", "Client:\n Version:      18.03.1-ce\n API version:  1.37\n\nServer:\n Engine:\n  Version:      18.05.0-ce-rc1\n  API version:  1.37 (minimum version 1.12)\n\n**Error**\n`javax.ws.rs.ProcessingException: org.apache.http.conn.HttpHostConnectException: Connect to localhost:2375 [localhost/127.0.0.1] failed: Connection refused (Connection refused)`",
			model.KindAlternateSocketAvailable, "Docker answers another way", "lives at another socket"},
		{"TLS material that holds no PEM", "testcontainers DEBUG Testing Docker client strategy URI: tcp://docker:2376\ntestcontainers WARN  Docker daemon is not reachable: Error: error:0480006C:PEM routines::no start line",
			model.KindTLSError, "cannot read its TLS files", "handshake"},
		// ssh's status 255 is ssh's own failure: no daemon was asked.
		{"the system's docker.service running tells where clients must be pointed back", "Cannot connect to the Docker daemon at unix:///home/ada/.docker/desktop/docker.sock. Is the docker daemon running?\n● docker.service - Docker Application Container Engine\n     Active: active (running) since Mon 2023-10-16 14:10:14 EDT; 2min 6s ago",
			model.KindAlternateSocketAvailable, "docker context use default", "put their socket somewhere other"},
		{"ssh ending with 255, its message cut", `error during connect: Head "http://docker.example.com/_ping": command [ssh -o ConnectTimeout=30 -T -l root -- example.com docker system dial-stdio] has exited with exit status 255, make sure the URL`,
			model.KindSSHUnreachable, "does not hold ssh's message", "daemon"},
		{"ssh ending with 255 and saying why", `error during connect: Get "http://docker.example.com/v1.24/version": command [ssh -l root -- example.com docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=ssh: connect to host example.com port 22: Connection refused`,
			model.KindSSHUnreachable, "the evidence holds the error", "does not hold ssh's message"},
	} {
		fs := model.Explain(c.paste, catalog(t))
		if len(fs) != 1 || fs[0].Kind != c.kind {
			t.Errorf("%s: findings = %+v, want one %s", c.name, fs, c.kind)
			continue
		}
		text := fs[0].Title + "\n" + fs[0].Explanation
		if !strings.Contains(text, c.say) || strings.Contains(text, c.neverSay) {
			t.Errorf("%s: says %q; want %q and never %q", c.name, text, c.say, c.neverSay)
		}
	}
}

// TestProxyAnsweredNeedsNoSocketCheck: a proxy that answered on a socket
// shows the socket there; its finding asks to check the engine, not that.
func TestProxyAnsweredNeedsNoSocketCheck(t *testing.T) {
	fs := model.Explain("request returned 500 Internal Server Error for API route and version http://%2FUsers%2Fme%2F.docker%2Frun%2Fdocker.sock/v1.51/version, check if the server supports the requested API version", catalog(t))
	if len(fs) != 1 {
		t.Fatalf("findings = %+v, want one", fs)
	}
	for _, st := range fs[0].Checklist {
		if st.Step == "The socket exists" {
			t.Errorf("checklist %+v asks whether the socket exists", fs[0].Checklist)
		}
	}
}

// TestPastedAppOverridesTheReadersApp: on a Mac whose probe found Docker
// Desktop, a paste saying Colima is not running gets Colima's command; a
// permission finding beside it keeps the socket's steps.
func TestPastedAppOverridesTheReadersApp(t *testing.T) {
	linux := model.Platform{Attempted: true, OS: "linux", DistroID: "debian", ServiceManager: model.ServiceSystemd, Install: model.InstallSystem}
	both := model.ExplainOn("colima is not running\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied", catalog(t), linux)
	for _, f := range both {
		var commands []string
		for _, st := range f.Checklist {
			commands = append(commands, st.Command)
		}
		all := strings.Join(commands, "\n")
		switch f.Kind {
		case model.KindSocketPermissionDenied:
			if !strings.Contains(all, "usermod") || strings.Contains(all, "colima") {
				t.Errorf("permission finding's commands %q: want the group's steps, nothing of Colima", all)
			}
		case model.KindDaemonUnreachable:
			if !strings.Contains(all, "colima start") {
				t.Errorf("daemon finding's commands %q: want colima start", all)
			}
		}
	}
	if len(both) != 2 {
		t.Errorf("findings = %v, want two", both)
	}
	mac := model.Platform{Attempted: true, OS: "darwin", Install: model.InstallDockerDesktop}
	fs := model.ExplainOn("colima is not running", catalog(t), mac)
	if len(fs) != 1 {
		t.Fatalf("findings = %+v, want one", fs)
	}
	var commands []string
	for _, st := range fs[0].Checklist {
		commands = append(commands, st.Command)
	}
	all := strings.Join(commands, "\n")
	if !strings.Contains(all, "colima start") || strings.Contains(all, "open -a Docker") {
		t.Errorf("commands %q: want colima start, not Docker Desktop's", all)
	}
}

// TestPastedChecklistsFitThePaste: a pasted finding's commands are the
// ones the paste's situation calls for, not this machine's defaults.
func TestPastedChecklistsFitThePaste(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		kind        model.Kind
		want, never []string
	}{
		// No systemd: no systemctl, no init script (RPM systems have none).
		{"systemctl without systemd", "$ sudo systemctl start docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.",
			model.KindDaemonUnreachable, []string{"nohup dockerd"}, []string{"systemctl", "service docker", "journalctl"}},
		// The binary there but not loadable: installing a package of another
		// system's manager is no fix, and no command is offered.
		{"a docker binary the loader cannot run", "docker: error while loading shared libraries: libltdl.so.7: cannot open shared object file: No such file or directory",
			model.KindDockerCLIMissing, nil, []string{"apt-get", "export PATH"}},
		// The paste's endpoint shows another platform than the reader's
		// (unprobed here): a Windows pipe, a macOS app's socket.
		{"Docker Desktop's pipe on Windows", `docker: error during connect: Head "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/_ping": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.`,
			model.KindDaemonUnreachable, []string{"docker desktop start"}, []string{"sudo", "systemctl", "service"}},
		{"Colima's socket on a Mac", "Cannot connect to the Docker daemon at unix:///Users/ada/.colima/default/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, []string{"colima start"}, []string{"sudo", "systemctl", "service"}},
		// The remote host's system is not shown: no one package manager.
		{"no docker on the remote host", "error during connect: Get \"http://docker.example.com/v1.41/info\": command [ssh -l deploy -- build.example.com docker system dial-stdio] has exited with exit status 127, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=bash: docker: command not found",
			model.KindRemoteDockerMissing, []string{"ssh ssh://deploy@build.example.com cat /etc/os-release"}, []string{"apt-get", "dnf", "zypper"}},
		// A name that did not resolve: check the name, start nothing.
		{"a daemon host name not resolving", `error during connect: Get "http://dockerhost:2375/v1.47/containers/json": dial tcp: lookup dockerhost on 127.0.0.53:53: no such host`,
			model.KindDaemonUnreachable, []string{"getent hosts dockerhost"}, []string{"systemctl"}},
		// No daemon on the ssh host: its commands run there, through ssh.
		{"no daemon behind the ssh host", `error during connect: Get "http://docker.example.com/v1.41/info": command [ssh -l ada -- build.example.com docker system dial-stdio] has exited with exit status 1, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`,
			model.KindDaemonUnreachable, []string{"ssh -t ssh://ada@build.example.com sudo systemctl start docker"}, []string{"sudo service", "\nsudo systemctl start docker"}},
		// A daemon on another host: this machine's service is not it.
		{"a daemon's TCP port refused on another host", `error during connect: Get "http://10.0.0.7:2375/v1.45/containers/json": dial tcp 10.0.0.7:2375: connect: connection refused`,
			model.KindDaemonUnreachable, nil, []string{"systemctl", "service docker"}},
		{"an API gap with a daemon on another host", "Error response from daemon: client version 1.45 is too new. Maximum supported API version is 1.41\nDOCKER_HOST: tcp://10.0.0.7:2376",
			model.KindAPIVersionMismatch, []string{"docker version"}, []string{"apt-get"}},
		// The TLS failure the paste shows chooses the step.
		{"a TLS client at a plain HTTP port", "Post https://127.0.0.1:2375/v1.24/containers/create: http: server gave HTTP response to HTTPS client",
			model.KindTLSError, []string{"unset DOCKER_TLS_VERIFY DOCKER_TLS"}, []string{"export DOCKER_CERT_PATH"}},
		{"OpenSSL's words for a plain port, a Node client (VS Code, validation81)", "> Error: write EPROTO 8324:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:d:\\_vsts\\3\\s\\vendor\\node\\deps\\openssl\\openssl\\ssl\\record\\ssl3_record.c:252:\nCase: Developing inside a container on a remote Docker host",
			model.KindTLSError, []string{"unset DOCKER_TLS_VERIFY DOCKER_TLS"}, []string{"export DOCKER_CERT_PATH"}},
		{"a daemon certificate for other names", "error during connect: Get https://192.168.59.103:2376/v1.20/info: x509: certificate is valid for 127.0.0.1, 10.0.2.15, not 192.168.59.103",
			model.KindTLSError, []string{"openssl s_client -connect 192.168.59.103:2376"}, []string{"export DOCKER_CERT_PATH"}},
		{"the daemon refusing the client's certificate, its directory shown", "$ export DOCKER_CERT_PATH=/Users/me/.boot2docker/certs/boot2docker-vm\n$ docker ps\nAn error occurred trying to connect: Get https://192.168.59.103:2376/v1.20/containers/json: remote error: bad certificate",
			model.KindTLSError, []string{"openssl x509 -in /Users/me/.boot2docker/certs/boot2docker-vm/cert.pem"}, []string{"<cert directory>"}},
		// Review: a unix socket dialled is no Windows client; Git Bash is
		// bash; PowerShell has no /dev/null; a path the shell would expand.
		{"Windows named, a Linux VM's socket refused", "I'm on Windows 11, docker runs in an Arch Linux VM that I use over SSH.\n$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json\": dial unix /var/run/docker.sock: connect: permission denied",
			model.KindSocketPermissionDenied, []string{"usermod"}, []string{"net localgroup"}},
		{"Git Bash on Windows", "me@LAPTOP-1 MINGW64 ~/work/docker-git (main)\n$ docker ps\nerror during connect: Get \"https://10.0.0.5:2376/v1.24/containers/json\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
			model.KindTLSError, []string{"env | grep"}, []string{"Get-ChildItem"}},
		{"PowerShell with an untrusted daemon certificate", "PS C:\\Users\\me> docker ps\nerror during connect: Get \"https://10.0.0.5:2376/v1.24/containers/json\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
			model.KindTLSError, []string{"Get-ChildItem Env:DOCKER_*"}, []string{"/dev/null", "env | grep"}},
		{"a cert path the shell expands", "$ export DOCKER_HOST=tcp://10.0.0.5:2376 DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=~/.docker/prod\n$ docker ps\nerror during connect: Get \"https://10.0.0.5:2376/v1.24/containers/json\": remote error: tls: certificate required",
			model.KindTLSError, []string{"ls -l"}, []string{"'~/.docker/prod'"}},
		// The writer's Windows, not a WSL distro's.
		{"an endpoint from a Windows command prompt", "I'm on Windows 10 Pro, from the command prompt:\nunable to parse docker host `tcp//localhost:2375`",
			model.KindEndpointInvalid, []string{"Get-ChildItem Env:DOCKER_*", "Remove-Item Env:DOCKER_HOST, Env:DOCKER_CONTEXT"}, []string{"unset", "env | grep"}},
		{"Windows named beside WSL", "Windows 11 Pro with WSL2:\nunable to parse docker host `tcp//localhost:2375`",
			model.KindEndpointInvalid, []string{"unset DOCKER_HOST DOCKER_CONTEXT"}, []string{"Remove-Item"}},
		// A rootless daemon is the user's own: no system service starts it.
		{"a rootless daemon's socket", "Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, []string{"dockerd-rootless-setuptool.sh install"}, []string{"sudo"}},
		{"rootless dockerd's rootlesskit without subuid ranges", "$ dockerd-rootless.sh\n[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: No subuid ranges found for user 1001 (\"testuser\")",
			model.KindDaemonUnreachable, []string{"dockerd-rootless-setuptool.sh install"}, []string{"sudo"}},
		{"a rootless daemon's user unit shown", "$ systemctl --user start docker\nJob for docker.service failed because the control process exited with error code.\n$ docker ps\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, []string{"systemctl --user start docker", "journalctl --user -u docker"}, []string{"sudo systemctl", "setuptool"}},
		// Podman's machine names its pipe after itself.
		{"Podman's pipe on Windows", `error during connect: Get "http://%2F%2F.%2Fpipe%2Fpodman-machine-default/v1.47/version": open //./pipe/podman-machine-default: The system cannot find the file specified.`,
			model.KindDaemonUnreachable, []string{"podman machine start"}, []string{"docker desktop", "sudo"}},
		// The shell or client the paste shows ran on Windows or macOS.
		{"PowerShell without docker", "PS C:\\Users\\me> docker run hello-world\ndocker : The term 'docker' is not recognized as the name of a cmdlet, function, script file, or operable program.",
			model.KindDockerCLIMissing, []string{"winget install -e --id Docker.DockerDesktop", "$env:Path += "}, []string{"apt-get", "export PATH"}},
		{"cmd with a client too old", "C:\\Users\\me>docker-compose up\nERROR: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version",
			model.KindAPIVersionMismatch, []string{"$env:COMPOSE_API_VERSION = 1.24", "winget upgrade"}, []string{"unset", "export", "apt-get"}},
		{"docker version's client on macOS", " OS/Arch:           darwin/arm64\ndocker: 'compose' is not a docker command.",
			model.KindComposePluginMissing, []string{"brew install docker-compose"}, []string{"apt-get"}},
		{"a WSL distro beside Windows paths", "me@PC:~$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nC:\\Users\\me> docker ps works",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"docker desktop start"}},
		// The socket's group as the paste shows it.
		{"the socket's group in ls -l", "$ ls -l /var/run/docker.sock\nsrw-rw---- 1 root docker 0 May 23 16:43 /var/run/docker.sock\n$ docker-compose up\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: connect: permission denied",
			model.KindSocketPermissionDenied, []string{"sudo usermod -aG docker <your user>", "newgrp docker"}, []string{"<socket group>"}},
		{"the old CLI asking about the group", "Warning: user `vagrant` does not have permission to access the Docker daemon. Does `vagrant` belong to the `docker` group?\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: dial unix /var/run/docker.sock: connect: permission denied",
			model.KindSocketPermissionDenied, []string{"newgrp docker"}, []string{"<socket group>"}},
		{"Windows' pipe error in a tool's words", "ERROR: Windows named pipe error: Access is denied. (code: 5)",
			model.KindSocketPermissionDenied, []string{"net localgroup docker-users"}, []string{"usermod", "chmod"}},
		// SELinux refused the socket: no group grants it.
		{"SELinux denying a container the socket", "$ docker ps\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/json: dial unix /var/run/docker.sock: connect: permission denied\ntype=AVC msg=audit(1583616099.890:863): avc:  denied  { connectto } for  pid=3267 comm=\"docker\" path=\"/run/docker.sock\" scontext=system_u:system_r:container_t:s0:c36,c702 tcontext=system_u:system_r:container_runtime_t:s0 tclass=unix_stream_socket permissive=0",
			model.KindSocketPermissionDenied, []string{"sudo ausearch -m AVC,USER_AVC -ts recent", "docker run --security-opt label=disable -v /var/run/docker.sock:/var/run/docker.sock"}, []string{"usermod", "newgrp", "chmod"}},
		{"setroubleshoot's summary of the denial", "SELinux is preventing traefik from connectto access on the unix_stream_socket /run/docker.sock.\n\nSource Context                system_u:system_r:container_t:s0:c455,c879",
			model.KindSocketPermissionDenied, []string{"-v /run/docker.sock:/var/run/docker.sock"}, []string{"usermod", "newgrp", "chmod"}},
		{"SELinux denying a host service the socket", "type=AVC msg=audit(1700000000.123:456): avc:  denied  { connectto } for  pid=2345 comm=\"php-fpm\" path=\"/run/docker.sock\" scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:system_r:container_runtime_t:s0 tclass=unix_stream_socket permissive=0",
			model.KindSocketPermissionDenied, []string{"audit2allow"}, []string{"label=disable", "usermod"}},
		// A masked unit: starting it does nothing until it is unmasked.
		{"docker's unit masked", "$ sudo systemctl start docker\nFailed to start docker.service: Unit docker.service is masked.",
			model.KindDaemonUnreachable, []string{"sudo systemctl unmask docker.service docker.socket", "sudo systemctl start docker"}, nil},
		{"docker's unit failing, not masked", "Job for docker.service failed because the control process exited with error code.",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"unmask"}},
		// The app the error statement names, without an endpoint.
		{"Colima named", "colima is not running",
			model.KindDaemonUnreachable, []string{"colima start"}, []string{"sudo", "systemctl", "service"}},
		{"OrbStack named (macOS only)", "OrbStack is not running",
			model.KindDaemonUnreachable, []string{"orb start"}, []string{"sudo", "systemctl", "service"}},
		{"Docker for Windows named", "ERROR:  Docker for Windows is not running",
			model.KindDaemonUnreachable, []string{"docker desktop start"}, []string{"sudo", "systemctl", "service"}},
		{"Docker Desktop for Linux named", "Docker Desktop for Linux is not running",
			model.KindDaemonUnreachable, []string{"systemctl --user start docker-desktop"}, []string{"sudo"}},
		// Docker Desktop named without its system: its own CLI's start,
		// which each system's Docker Desktop has, not this machine's
		// service.
		{"Docker Desktop named, its system not shown", "Docker Desktop is not running",
			model.KindDaemonUnreachable, []string{"docker desktop start"}, []string{"docker-desktop", "systemctl", "sudo"}},
		{"Docker Desktop's pipe in a request's URL", "request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.45/containers/json, check if the server supports the requested API version",
			model.KindDaemonUnreachable, []string{"docker desktop start"}, []string{"sudo", "systemctl"}},
		{"an app's feature named, not its state", "failed to enable Docker Desktop integration\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"docker-desktop", "open -a"}},
		{"an app that said it started, unprompted", "colima start\nINFO[0005] done\ndocker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"colima"}},
		{"an app named in advice only", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nTip: on a Mac with colima, run colima start.",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"colima"}},
		{"two apps named", "Docker Desktop is not running\ncolima is not running",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"colima", "docker-desktop"}},
		{"colima start failing under oh-my-zsh's prompt", "➜  ~ colima start\nINFO[0000] starting colima\nFATA[0097] error starting vm: error at 'starting': exit status 1",
			model.KindDaemonUnreachable, []string{"colima start"}, []string{"sudo"}},
		{"colima start failing under macOS zsh's prompt", "me@MacBook-Pro ~ % colima start\nINFO[0000] starting colima\nFATA[0097] error starting vm: error at 'starting': exit status 1",
			model.KindDaemonUnreachable, []string{"colima start"}, []string{"sudo"}},
		{"an app's start printing the failure", "$ podman machine start\nStarting machine \"podman-machine-default\"\nWaiting for VM ...\nError: exit status 255",
			model.KindDaemonUnreachable, []string{"podman machine start"}, []string{"sudo"}},
		// Review: an app that started, asked about, or advised.
		{"an app that started, then the default socket refusing", "$ colima start\nINFO[0001] done\n$ docker ps\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"colima"}},
		{"an app asked about", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is Docker Desktop running?",
			model.KindDaemonUnreachable, []string{"sudo systemctl start docker"}, []string{"docker-desktop"}},
		{"Podman's own hint to use a machine", "Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM",
			model.KindDaemonUnreachable, nil, []string{"podman machine start"}},
		{"Docker Desktop named with its macOS socket", "Docker Desktop is not running: dial unix /Users/ada/Library/Containers/com.docker.docker/Data/docker.raw.sock: connect: no such file or directory",
			model.KindDaemonUnreachable, []string{"open -a Docker"}, []string{"sudo", "docker-desktop"}},
		{"an app named for a daemon on another host", "Cannot connect to the Docker daemon at tcp://build01:2375. Is the docker daemon running?\ncolima is not running",
			model.KindDaemonUnreachable, nil, []string{"colima"}},
	} {
		fs := model.Explain(c.paste, catalog(t))
		if len(fs) != 1 || fs[0].Kind != c.kind {
			t.Errorf("%s: findings = %+v, want one %s", c.name, fs, c.kind)
			continue
		}
		var commands []string
		for _, st := range fs[0].Checklist {
			commands = append(commands, st.Command)
		}
		all := strings.Join(commands, "\n")
		for _, w := range c.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: commands %q lack %q", c.name, all, w)
			}
		}
		for _, n := range c.never {
			if strings.Contains(all, n) {
				t.Errorf("%s: commands %q hold %q", c.name, all, n)
			}
		}
	}
}
