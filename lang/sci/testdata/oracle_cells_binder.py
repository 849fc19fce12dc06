import numpy as np
np.linalg.inv(np.eye(2), 1)
# ---
import numpy as np
np.linalg.inv()
# ---
import numpy as np
np.linalg.solve(np.eye(2))
# ---
import numpy as np
np.linalg.solve(a=np.eye(2), b=[1, 2])
# ---
import numpy as np
np.linalg.solve(np.eye(2), [1, 2], b=[1, 2])
# ---
import numpy as np
np.linalg.det(x=np.eye(2))
# ---
import numpy as np
np.linalg.cholesky(a=np.eye(2))
# ---
import numpy as np
np.linalg.cholesky(np.eye(2), True)
# ---
import numpy as np
np.linalg.cholesky(np.array([[4., 2.], [2., 3.]]), upper=True)
# ---
import numpy as np
np.linalg.svd(np.eye(2), False, False)
# ---
import numpy as np
np.linalg.qr(np.eye(3), 'r')
# ---
import numpy as np
np.linalg.norm([3, 4], 1, None, True)
# ---
import numpy as np
np.linalg.norm([3, 4], 1, None, True, 5)
# ---
import numpy as np
np.linalg.trace(np.arange(9).reshape(3, 3), offset=1, dtype=float)
# ---
import numpy as np
np.linalg.trace(np.arange(9).reshape(3, 3), 1)
# ---
import numpy as np
np.linalg.vector_norm([3, 4], 1)
# ---
import numpy as np
np.linalg.eigh(np.eye(2), UPLO='U', uplo='L')
# ---
import numpy as np
np.linalg.matrix_power(np.eye(2), 2.0)
# ---
import numpy as np
np.linalg.lstsq([[1, 0], [0, 1], [1, 1]], [1, 2, 3], rcond=None)[0]
# ---
import numpy as np
np.linalg.pinv([[1, 2], [3, 4]], 1e-10)
# ---
import numpy as np
np.linalg.solve('x', [1], c=3)
# ---
import numpy as np
np.linalg.inv('x', 2)
# ---
import numpy as np
np.linalg.solve(1, 2, 3, a=1)
# ---
import numpy as np
np.linalg.cholesky([[1.]], z=1, a=1)
# ---
import numpy as np
np.linalg.solve(1, 2, 3, c=1)
# ---
import numpy as np
np.zeros(1, 2, 3, 4, 5)
# ---
import numpy as np
np.zeros()
# ---
import numpy as np
np.array()
# ---
import numpy as np
np.zeros(1, shape=2)
# ---
import numpy as np
np.empty(1, x=2)
# ---
import numpy as np
np.arange(1, 2, 3, 4, 5, 6)
