"""GPU readiness check for spaCy/thinc on the device (issue 14 ceiling run).

Exit 0: spacy.prefer_gpu() is True and thinc's CuPy kernels (custom NVRTC kernels, hash,
gemm, maxout, Adam) run. Exit 2: no GPU for thinc. Exit 3: a GPU op failed (message printed).
"""
import sys
import time
import traceback

t0 = time.time()
import numpy
import spacy
import thinc

try:
    import cupy
    cv = cupy.__version__
except Exception as e:  # noqa: BLE001
    cupy, cv = None, f"import failed: {e!r}"
print(f"python {sys.version.split()[0]}  numpy {numpy.__version__}  spacy {spacy.__version__}  "
      f"thinc {thinc.__version__}  cupy {cv}", flush=True)
from thinc import compat

print(f"thinc sees: has_cupy={compat.has_cupy} has_cupy_gpu={compat.has_cupy_gpu} "
      f"has_torch={compat.has_torch} torch_cuda={compat.has_torch_cuda_gpu}", flush=True)
if cupy is not None and not compat.has_cupy_gpu:   # why thinc does not see it (its compat import)
    for mod in ("cupy.cublas", "cupyx"):
        try:
            __import__(mod)
        except Exception as e:  # noqa: BLE001
            print(f"  import {mod} failed: {e!r}", flush=True)
    try:
        print(f"  cupy device count: {cupy.cuda.runtime.getDeviceCount()}", flush=True)
    except Exception as e:  # noqa: BLE001
        print(f"  cupy.cuda.runtime.getDeviceCount() failed: {e!r}", flush=True)
ok = spacy.prefer_gpu(0)
print(f"spacy.prefer_gpu() -> {ok}  ({time.time() - t0:.1f} s)", flush=True)
if not ok:
    sys.exit(2)
try:
    from thinc.api import get_current_ops

    ops = get_current_ops()
    xp = ops.xp
    X = xp.random.rand(64, 32).astype("f")
    ops.seq2col(X, 1)                                    # custom NVRTC module (all kernels)
    ops.maxout(xp.random.rand(64, 32, 3).astype("f"))
    ops.hash(xp.arange(100, dtype="uint64"), 7)           # murmur kernel
    ops.gemm(X, X, trans2=True)                           # cuBLAS
    ops.reduce_sum(X, xp.asarray([30, 34], dtype="i"))
    w = xp.zeros((100,), dtype="f"); g = xp.ones((100,), dtype="f")
    ops.adam(w, g, xp.zeros_like(w), xp.zeros_like(w), 0.9, 0.999, 1e-8, 0.001)
    xp.cuda.runtime.deviceSynchronize()
    print(f"{type(ops).__name__}: kernels OK ({time.time() - t0:.1f} s)", flush=True)
except Exception:  # noqa: BLE001
    traceback.print_exc()
    sys.exit(3)
